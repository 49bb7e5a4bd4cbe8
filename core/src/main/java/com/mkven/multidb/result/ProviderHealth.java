package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Health of one executor or cache provider, from a ping. */
public record ProviderHealth(
        @JsonProperty(required = true) boolean healthy,
        @JsonProperty(required = true) double latencyMs,
        Optional<String> error) {
    public ProviderHealth {
        requireNonNull(error, "error is null");
    }
}
