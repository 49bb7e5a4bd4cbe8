package com.mkven.multidb.cache.redis;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RedisCacheConfigTest {
    @Test
    void theDefaultTimeoutIsTwoSeconds() {
        RedisCacheConfig config = RedisCacheConfig.of("redis://127.0.0.1:6379");

        assertThat(config.timeout()).isEmpty();
        assertThat(config.commandTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.withTimeout(Duration.ofMillis(300)).commandTimeout()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void anotherSchemeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisCacheConfig.of("http://127.0.0.1:6379"))
                .withMessageStartingWith("uri is not a Redis URI (redis://host:port/database): http://127.0.0.1:6379 (");
    }

    @Test
    void textThatIsNoUriIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisCacheConfig.of("not a uri"))
                .withMessageStartingWith("uri is not a Redis URI (redis://host:port/database): not a uri");
    }

    @Test
    void aNonPositiveTimeoutIsRefused() {
        RedisCacheConfig config = RedisCacheConfig.of("redis://127.0.0.1:6379");

        assertThatIllegalArgumentException().isThrownBy(() -> config.withTimeout(Duration.ZERO)).withMessage("timeout must be positive: PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> config.withTimeout(Duration.ofSeconds(-1))).withMessage("timeout must be positive: PT-1S");
    }

    @Test
    void nullsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> RedisCacheConfig.of(null)).withMessage("uri is null");
        assertThatNullPointerException().isThrownBy(() -> new RedisCacheConfig("redis://127.0.0.1", null)).withMessage("timeout is null");
    }

    @Test
    void toStringAndErrorsHideThePassword() {
        RedisCacheConfig config = new RedisCacheConfig("redis://user:secret@127.0.0.1:6379/0", Optional.empty());

        assertThat(config.toString()).isEqualTo("RedisCacheConfig[uri=redis://***@127.0.0.1:6379/0, timeout=PT2S]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisCacheConfig.of("http://user:secret@127.0.0.1:6379"))
                .withMessageNotContaining("secret");
    }
}
