package com.mkven.multidb.cache.redis;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.CacheProviderFactory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedisCacheProviderFactoryTest {
    @Test
    void theFactoryIsFoundByTypeThroughServiceLoader() {
        CacheProviderFactory factory = ServiceLoader.load(CacheProviderFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.type().equals("redis"))
                .findFirst()
                .orElseThrow();

        CacheProvider provider = factory.create(settings(TestRedis.URI, Optional.empty(), Optional.empty(), Map.of()));
        try {
            assertThat(provider).isInstanceOf(RedisCacheProvider.class);
            provider.ping();
        } finally {
            provider.close();
        }
    }

    @Test
    void timeoutMsBecomesTheCommandTimeout() {
        RedisCacheConfig config = RedisCacheProviderFactory.config(
                new BackendSettings("redis-main", "redis", "redis://127.0.0.1:6379", Optional.empty(), Optional.empty(), Optional.of(500L), Map.of()));

        assertThat(config.commandTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(RedisCacheProviderFactory.config(settings("redis://127.0.0.1:6379", Optional.empty(), Optional.empty(), Map.of())))
                .isEqualTo(RedisCacheConfig.of("redis://127.0.0.1:6379"));
    }

    @Test
    void credentialsOutsideTheUrlAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisCacheProviderFactory.config(settings("redis://127.0.0.1", Optional.of("u"), Optional.of("p"), Map.of())))
                .withMessage("cache redis-main: give Redis credentials in the url (redis://user:password@host:port), not as user/password");
    }

    @Test
    void poolSettingsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisCacheProviderFactory.config(settings("redis://127.0.0.1", Optional.empty(), Optional.empty(), Map.of("maxSize", 2))))
                .withMessage("cache redis-main: a redis cache has no pool settings, got [maxSize]");
    }

    @Test
    void aBadUrlNamesTheEntry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisCacheProviderFactory.config(settings("http://127.0.0.1", Optional.empty(), Optional.empty(), Map.of())))
                .withMessageStartingWith("cache redis-main: uri is not a Redis URI");
    }

    private static BackendSettings settings(String url, Optional<String> user, Optional<String> password, Map<String, Object> pool) {
        return new BackendSettings("redis-main", "redis", url, user, password, Optional.empty(), pool);
    }
}
