package com.mkven.multidb.cache.redis;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.CacheProviderFactory;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * Builds a {@link RedisCacheProvider} from a config-file entry of type {@value #TYPE} (jdbc.md
 * "Config file"): {@code url} and an optional {@code timeoutMs}. Credentials belong in the URL
 * ({@code redis://user:password@host}); {@code user}, {@code password} and {@code pool} are refused
 * rather than silently ignored.
 */
public final class RedisCacheProviderFactory implements CacheProviderFactory {
    public static final String TYPE = "redis";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public CacheProvider create(BackendSettings settings) {
        return new RedisCacheProvider(config(settings));
    }

    /** The provider config an entry describes; every problem names the entry. */
    static RedisCacheConfig config(BackendSettings settings) {
        requireNonNull(settings, "settings is null");
        if (settings.user().isPresent() || settings.password().isPresent()) {
            throw new IllegalArgumentException(
                    "cache %s: give Redis credentials in the url (redis://user:password@host:port), not as user/password".formatted(settings.key()));
        }
        if (!settings.pool().isEmpty()) {
            throw new IllegalArgumentException("cache %s: a redis cache has no pool settings, got %s".formatted(settings.key(), settings.pool().keySet()));
        }
        try {
            RedisCacheConfig config = RedisCacheConfig.of(settings.url());
            return settings.timeoutMs().map(ms -> config.withTimeout(Duration.ofMillis(ms))).orElse(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cache %s: %s".formatted(settings.key(), e.getMessage()), e);
        }
    }
}
