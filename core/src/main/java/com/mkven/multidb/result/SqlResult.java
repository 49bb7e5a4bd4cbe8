package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@code executeMode: sql-only}: the SQL and its parameters, nothing executed. */
public record SqlResult(
        @JsonProperty(required = true) String sql,
        @JsonProperty(required = true) List<Object> params,
        @JsonProperty(required = true) QueryResultMeta meta,
        Optional<List<DebugLogEntry>> debugLog) implements QueryResult {
    public SqlResult {
        requireNonNull(sql, "sql is null");
        // parameters may legitimately be NULL values, so List.copyOf does not fit
        params = Collections.unmodifiableList(new ArrayList<>(requireNonNull(params, "params is null")));
        requireNonNull(meta, "meta is null");
        debugLog = requireNonNull(debugLog, "debugLog is null").map(List::copyOf);
    }
}
