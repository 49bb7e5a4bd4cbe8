package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What came back and from where.
 *
 * @param targetDatabase the database queried; for {@code cache}, the cache id
 * @param dialect absent on cache-only hits
 * @param columns empty in count mode
 */
public record QueryResultMeta(
        @JsonProperty(required = true) Strategy strategy,
        @JsonProperty(required = true) String targetDatabase,
        Optional<DialectName> dialect,
        @JsonProperty(required = true) List<TableUsed> tablesUsed,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty(required = true) List<ResultColumn> columns,
        @JsonProperty(required = true) Timing timing) {
    public QueryResultMeta {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(targetDatabase, "targetDatabase is null");
        requireNonNull(dialect, "dialect is null");
        tablesUsed = List.copyOf(requireNonNull(tablesUsed, "tablesUsed is null"));
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        requireNonNull(timing, "timing is null");
    }
}
