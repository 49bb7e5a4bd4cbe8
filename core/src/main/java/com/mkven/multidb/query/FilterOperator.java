package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;

/** The 30 operators of a {@link QueryFilter} (query.md §4.1). */
public enum FilterOperator {
    EQ("="),
    NE("!="),
    GT(">"),
    LT("<"),
    GE(">="),
    LE("<="),
    IN("in"),
    NOT_IN("notIn"),
    LIKE("like"),
    NOT_LIKE("notLike"),
    ILIKE("ilike"),
    NOT_ILIKE("notIlike"),
    IS_NULL("isNull"),
    IS_NOT_NULL("isNotNull"),
    BETWEEN("between"),
    NOT_BETWEEN("notBetween"),
    CONTAINS("contains"),
    ICONTAINS("icontains"),
    NOT_CONTAINS("notContains"),
    NOT_ICONTAINS("notIcontains"),
    STARTS_WITH("startsWith"),
    ISTARTS_WITH("istartsWith"),
    ENDS_WITH("endsWith"),
    IENDS_WITH("iendsWith"),
    LEVENSHTEIN_LTE("levenshteinLte"),
    ARRAY_CONTAINS("arrayContains"),
    ARRAY_CONTAINS_ALL("arrayContainsAll"),
    ARRAY_CONTAINS_ANY("arrayContainsAny"),
    ARRAY_IS_EMPTY("arrayIsEmpty"),
    ARRAY_IS_NOT_EMPTY("arrayIsNotEmpty");

    private final String wireName;

    FilterOperator(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
