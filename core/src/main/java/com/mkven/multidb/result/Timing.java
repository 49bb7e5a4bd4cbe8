package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Phase durations in milliseconds; {@code executionMs} only when something was executed. */
public record Timing(
        @JsonProperty(required = true) double planningMs,
        @JsonProperty(required = true) double generationMs,
        Optional<Double> executionMs) {
    public Timing {
        requireNonNull(executionMs, "executionMs is null");
    }
}
