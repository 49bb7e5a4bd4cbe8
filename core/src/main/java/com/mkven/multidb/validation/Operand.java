package com.mkven.multidb.validation;

/** The shape of a filter's {@code value} that an operator expects (query.md §4.1). */
enum Operand {
    /** No value at all: {@code isNull}, {@code arrayIsEmpty} and their negations. */
    NONE,
    /** One value of the column type. */
    SCALAR,
    /** A non-empty list of values of the column type, without {@code null}. */
    LIST,
    /** A string: a LIKE pattern or a plain substring. */
    TEXT,
    /** {@code { from, to }}, both of the column type and not {@code null}. */
    RANGE,
    /** {@code { text: string, maxDistance: non-negative integer }}. */
    LEVENSHTEIN,
    /** One value of the array column's element type. */
    ELEMENT,
    /** A non-empty list of values of the array column's element type, without {@code null}. */
    ELEMENT_LIST
}
