package com.mkven.multidb.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One {@code executors} or {@code caches} entry of a config file (jdbc.md "Config file"), after
 * {@code ${ENV}} substitution: what a factory needs to build the backend.
 *
 * @param type {@code postgres}, {@code clickhouse}, {@code trino} or {@code redis}; chooses the factory
 * @param url the target's JDBC URL (or {@code redis://…})
 * @param pool pool settings such as {@code maxSize}, JSON-shaped
 */
public record BackendSettings(
        String key,
        String type,
        String url,
        Optional<String> user,
        Optional<String> password,
        Optional<Long> timeoutMs,
        Map<String, Object> pool) {
    public BackendSettings {
        requireNonNull(key, "key is null");
        requireNonNull(type, "type is null");
        requireNonNull(url, "url is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        pool = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(pool, "pool is null")));
    }

    /** A pool setting as an int, or the default when absent. */
    public int poolInt(String name, int defaultValue) {
        Object value = pool.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number number && number.doubleValue() == number.intValue()) {
            return number.intValue();
        }
        throw new IllegalArgumentException("pool.%s of %s must be an integer, got %s".formatted(name, key, value));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "BackendSettings[key=%s, type=%s, url=%s, user=%s, timeoutMs=%s, pool=%s]".formatted(
                key, type, url, user.orElse(""), timeoutMs.map(String::valueOf).orElse(""), pool);
    }
}
