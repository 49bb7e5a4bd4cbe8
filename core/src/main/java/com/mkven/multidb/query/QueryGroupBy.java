package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A GROUP BY column; {@code table} omitted = {@code from}. */
public record QueryGroupBy(
        @JsonProperty(required = true) String column,
        Optional<String> table) {
    public QueryGroupBy {
        requireNonNull(column, "column is null");
        requireNonNull(table, "table is null");
    }

    public static QueryGroupBy of(String column) {
        return new QueryGroupBy(column, Optional.empty());
    }
}
