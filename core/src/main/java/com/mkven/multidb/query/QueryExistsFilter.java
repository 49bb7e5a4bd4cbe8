package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A correlated {@code EXISTS}/{@code NOT EXISTS} (or counted) subquery on a related table.
 *
 * @param exists {@code false} for NOT EXISTS; defaults to {@code true}; ignored when {@code count} is set
 * @param filters conditions on the related table
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record QueryExistsFilter(
        Optional<Boolean> exists,
        @JsonProperty(required = true) String table,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FilterNode> filters,
        Optional<ExistsCount> count) implements FilterNode {
    public QueryExistsFilter {
        requireNonNull(exists, "exists is null");
        requireNonNull(table, "table is null");
        filters = filters == null ? List.of() : List.copyOf(filters);
        requireNonNull(count, "count is null");
    }

    public static QueryExistsFilter exists(String table, FilterNode... filters) {
        return new QueryExistsFilter(Optional.empty(), table, List.of(filters), Optional.empty());
    }

    public static QueryExistsFilter notExists(String table, FilterNode... filters) {
        return new QueryExistsFilter(Optional.of(false), table, List.of(filters), Optional.empty());
    }

    public static QueryExistsFilter counted(String table, ExistsCount count, FilterNode... filters) {
        return new QueryExistsFilter(Optional.empty(), table, List.of(filters), Optional.of(count));
    }

    /** Whether this is {@code EXISTS} (true) or {@code NOT EXISTS}; meaningless when counted. */
    @JsonIgnore
    public boolean isExists() {
        return exists.orElse(true);
    }
}
