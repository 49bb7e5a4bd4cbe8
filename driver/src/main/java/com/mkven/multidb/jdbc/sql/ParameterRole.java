package com.mkven.multidb.jdbc.sql;

/** Where a {@code ?} stands, which decides the value it takes. */
public enum ParameterRole {
    /** The value of a comparison or pattern filter: {@code col = ?}, {@code col LIKE ?}, {@code contains(col, ?)}. */
    VALUE,
    /** One element of an {@code IN} list (also of {@code byIds}). */
    LIST_ELEMENT,
    /** The lower bound of {@code BETWEEN}. */
    RANGE_FROM,
    /** The upper bound of {@code BETWEEN}. */
    RANGE_TO,
    /** One element an array must hold: {@code array_contains(col, ?)}, {@code ARRAY[?, …]}. */
    ARRAY_ELEMENT,
    /** A whole list of elements: {@code array_contains_all(col, ?)}; bind a collection or an array. */
    ARRAY_VALUES,
    /** The text of {@code levenshtein(col, ?)}. */
    LEVENSHTEIN_TEXT,
    /** The distance in {@code levenshtein(col, 'x') <= ?}. */
    LEVENSHTEIN_DISTANCE,
    /** The number in {@code (SELECT COUNT(*) …) >= ?}. */
    EXISTS_COUNT,
    LIMIT,
    OFFSET
}
