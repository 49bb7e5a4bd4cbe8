package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One step of the pipeline, recorded when a query asks for {@code debug: true}.
 *
 * @param timestamp epoch milliseconds
 * @param details a JSON-shaped structured payload
 */
public record DebugLogEntry(
        @JsonProperty(required = true) long timestamp,
        @JsonProperty(required = true) DebugPhase phase,
        @JsonProperty(required = true) String message,
        Optional<Object> details) {
    public DebugLogEntry {
        requireNonNull(phase, "phase is null");
        requireNonNull(message, "message is null");
        requireNonNull(details, "details is null");
    }
}
