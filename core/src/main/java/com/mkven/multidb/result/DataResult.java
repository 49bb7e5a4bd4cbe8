package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code executeMode: execute}: masked rows keyed by result column apiName, in column order.
 * Rows hold {@code null} for SQL NULL, so they are not copied into {@code Map.copyOf}.
 */
public record DataResult(
        @JsonProperty(required = true) List<Map<String, Object>> data,
        @JsonProperty(required = true) QueryResultMeta meta,
        Optional<List<DebugLogEntry>> debugLog) implements QueryResult {
    public DataResult {
        data = Collections.unmodifiableList(requireNonNull(data, "data is null"));
        requireNonNull(meta, "meta is null");
        debugLog = requireNonNull(debugLog, "debugLog is null").map(List::copyOf);
    }
}
