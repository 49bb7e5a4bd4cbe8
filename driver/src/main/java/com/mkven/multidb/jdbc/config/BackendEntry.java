package com.mkven.multidb.jdbc.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.spi.BackendSettings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One entry of the config file's {@code executors} or {@code caches}:
 * {@code { "type", "url", "user", "password", "timeoutMs", "pool": { "maxSize", ... } }}.
 *
 * @param type chooses the {@code DbExecutorFactory} / {@code CacheProviderFactory}
 * @param pool passed to the factory as it is; each factory documents the settings it reads
 */
public record BackendEntry(
        @JsonProperty(required = true) String type,
        @JsonProperty(required = true) String url,
        Optional<String> user,
        Optional<String> password,
        Optional<Long> timeoutMs,
        Map<String, Object> pool) {
    public BackendEntry {
        requireNonNull(type, "type is null");
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        // pool values may be JSON null, which Map.copyOf rejects
        pool = pool == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(pool));
    }

    /** The factory's input for the executor or cache registered under {@code key}. */
    public BackendSettings settings(String key) {
        return new BackendSettings(key, type, url, user, password, timeoutMs, pool);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "BackendEntry[type=%s, url=%s, user=%s, timeoutMs=%s, pool=%s]".formatted(
                type, url, user.orElse(""), timeoutMs.map(String::valueOf).orElse(""), pool);
    }
}
