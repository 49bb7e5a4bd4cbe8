package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** Per-provider health; {@code healthy} only when every check passed. Keys keep their order. */
public record HealthCheckResult(
        @JsonProperty(required = true) boolean healthy,
        @JsonProperty(required = true) Map<String, ProviderHealth> executors,
        @JsonProperty(required = true) Map<String, ProviderHealth> cacheProviders) {
    public HealthCheckResult {
        executors = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(executors, "executors is null")));
        cacheProviders = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(cacheProviders, "cacheProviders is null")));
    }
}
