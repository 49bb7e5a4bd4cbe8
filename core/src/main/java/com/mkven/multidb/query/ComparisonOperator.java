package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonValue;

/** The comparison operators allowed in column-versus-column filters and counted EXISTS. */
public enum ComparisonOperator {
    EQ("=", FilterOperator.EQ),
    NE("!=", FilterOperator.NE),
    GT(">", FilterOperator.GT),
    LT("<", FilterOperator.LT),
    GE(">=", FilterOperator.GE),
    LE("<=", FilterOperator.LE);

    private final String wireName;
    private final FilterOperator filterOperator;

    ComparisonOperator(String wireName, FilterOperator filterOperator) {
        this.wireName = wireName;
        this.filterOperator = filterOperator;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The same operator as a {@link QueryFilter} operator, which carries the type rules. */
    public FilterOperator asFilterOperator() {
        return filterOperator;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
