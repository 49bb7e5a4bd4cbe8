package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@code executeMode: count}: the number of matching rows. */
public record CountResult(
        @JsonProperty(required = true) long count,
        @JsonProperty(required = true) QueryResultMeta meta,
        Optional<List<DebugLogEntry>> debugLog) implements QueryResult {
    public CountResult {
        requireNonNull(meta, "meta is null");
        debugLog = requireNonNull(debugLog, "debugLog is null").map(List::copyOf);
    }
}
