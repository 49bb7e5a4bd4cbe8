package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An aggregate in the result under {@code alias}.
 *
 * @param column column apiName, or {@code *} for {@code COUNT(*)}
 * @param table table apiName; omitted = {@code from}; ignored for {@code *}
 */
public record QueryAggregation(
        @JsonProperty(required = true) String column,
        Optional<String> table,
        @JsonProperty(required = true) AggregationFn fn,
        @JsonProperty(required = true) String alias) {
    public static final String ALL_ROWS = "*";

    public QueryAggregation {
        requireNonNull(column, "column is null");
        requireNonNull(table, "table is null");
        requireNonNull(fn, "fn is null");
        requireNonNull(alias, "alias is null");
    }

    public static QueryAggregation of(AggregationFn fn, String column, String alias) {
        return new QueryAggregation(column, Optional.empty(), fn, alias);
    }

    public static QueryAggregation countAll(String alias) {
        return of(AggregationFn.COUNT, ALL_ROWS, alias);
    }

    @JsonIgnore
    public boolean isCountAll() {
        return ALL_ROWS.equals(column);
    }
}
