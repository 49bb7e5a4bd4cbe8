package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** An ORDER BY item: a column of {@code from}/a joined table, or an aggregation alias. */
public record QueryOrderBy(
        @JsonProperty(required = true) String column,
        Optional<String> table,
        @JsonProperty(required = true) SortDirection direction) {
    public QueryOrderBy {
        requireNonNull(column, "column is null");
        requireNonNull(table, "table is null");
        requireNonNull(direction, "direction is null");
    }

    public static QueryOrderBy asc(String column) {
        return new QueryOrderBy(column, Optional.empty(), SortDirection.ASC);
    }

    public static QueryOrderBy desc(String column) {
        return new QueryOrderBy(column, Optional.empty(), SortDirection.DESC);
    }
}
