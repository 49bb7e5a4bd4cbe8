package com.mkven.multidb.cache.redis;

import io.lettuce.core.RedisURI;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link RedisCacheProvider} reaches Redis.
 *
 * @param uri a Lettuce Redis URI: {@code redis://[[user]:password@]host[:port][/database]},
 *         {@code rediss://…} for TLS
 * @param timeout how long one command (and connecting) may take before it fails; absent means
 *         {@link #DEFAULT_TIMEOUT}. A cache lookup that fails is served from the database, so a
 *         short limit keeps a dead Redis from slowing queries down.
 */
public record RedisCacheConfig(String uri, Optional<Duration> timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public RedisCacheConfig {
        requireNonNull(uri, "uri is null");
        requireNonNull(timeout, "timeout is null");
        try {
            RedisURI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "uri is not a Redis URI (redis://host:port/database): %s (%s)".formatted(redacted(uri), e.getMessage()), e);
        }
        timeout.ifPresent(value -> {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + value);
            }
        });
    }

    /** With the default timeout of {@link #DEFAULT_TIMEOUT}. */
    public static RedisCacheConfig of(String uri) {
        return new RedisCacheConfig(uri, Optional.empty());
    }

    public RedisCacheConfig withTimeout(Duration timeout) {
        return new RedisCacheConfig(uri, Optional.of(timeout));
    }

    /** The limit in force: the configured one or the default. */
    public Duration commandTimeout() {
        return timeout.orElse(DEFAULT_TIMEOUT);
    }

    /** Never shows a password given in the URI. */
    @Override
    public String toString() {
        return "RedisCacheConfig[uri=%s, timeout=%s]".formatted(redacted(uri), commandTimeout());
    }

    /** The URI without its user information, which may hold a password. */
    static String redacted(String uri) {
        int scheme = uri.indexOf("://");
        int at = uri.lastIndexOf('@');
        return scheme >= 0 && at > scheme ? uri.substring(0, scheme + 3) + "***" + uri.substring(at) : uri;
    }
}
