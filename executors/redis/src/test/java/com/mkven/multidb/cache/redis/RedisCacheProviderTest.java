package com.mkven.multidb.cache.redis;

import com.mkven.multidb.spi.ExecutorException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RedisCacheProviderTest {
    private static TestRedis redis;
    private static RedisCacheProvider provider;

    @BeforeAll
    static void open() {
        redis = new TestRedis();
        provider = new RedisCacheProvider(RedisCacheConfig.of(TestRedis.URI));
    }

    @AfterAll
    static void close() {
        provider.close();
        redis.close();
    }

    @Test
    void getManyReturnsTheHitsAsRowsKeyedByApiName() {
        redis.set(Map.of(
                "users:1", "{\"id\": 1, \"name\": \"Zoë 日本\", \"total\": 10.50, \"big\": 9007199254740993, \"tags\": [\"a\", null],"
                        + " \"active\": true, \"deletedAt\": null}",
                "users:2", "{\"id\": 2}"));

        Map<String, Map<String, Object>> hits = provider.getMany(List.of(redis.key("users:1"), redis.key("users:3"), redis.key("users:2")));

        assertThat(hits.keySet()).containsExactly(redis.key("users:1"), redis.key("users:2"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 1);
        expected.put("name", "Zoë 日本");
        expected.put("total", new BigDecimal("10.50"));
        expected.put("big", 9007199254740993L);
        expected.put("tags", Arrays.asList("a", null));
        expected.put("active", true);
        expected.put("deletedAt", null);
        assertThat(hits.get(redis.key("users:1"))).containsExactlyEntriesOf(expected);
        assertThat(hits.get(redis.key("users:2"))).containsExactlyEntriesOf(Map.of("id", 2));
    }

    @Test
    void rowsAreUnmodifiable() {
        redis.set(Map.of("k", "{\"tags\": [\"a\"]}"));

        Map<String, Map<String, Object>> hits = provider.getMany(List.of(redis.key("k")));

        assertThatThrownBy(() -> hits.put("x", Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> hits.get(redis.key("k")).put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) hits.get(redis.key("k")).get("tags");
        assertThatThrownBy(() -> tags.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allMissesGiveAnEmptyMap() {
        assertThat(provider.getMany(List.of(redis.key("nothing:1"), redis.key("nothing:2")))).isEmpty();
    }

    @Test
    void noKeysNeedNoRoundTrip() {
        try (RedisCacheProvider dead = new RedisCacheProvider(RedisCacheConfig.of("redis://127.0.0.1:" + TestRedis.deadPort()))) {
            assertThat(dead.getMany(List.of())).isEmpty();
        }
    }

    @Test
    void aBrokenEntryIsAMissNotAFailure() {
        redis.set(Map.of(
                "malformed", "{\"id\": ",
                "array", "[1, 2]",
                "string", "\"text\"",
                "null", "null",
                "duplicate", "{\"id\": 1, \"id\": 2}",
                "trailing", "{\"id\": 1} x",
                "good", "{\"id\": 7}"));
        redis.pushList("list", "{\"id\": 8}");

        Map<String, Map<String, Object>> hits = provider.getMany(List.of(
                redis.key("malformed"), redis.key("array"), redis.key("string"), redis.key("null"),
                redis.key("duplicate"), redis.key("trailing"), redis.key("list"), redis.key("good")));

        assertThat(hits).containsOnlyKeys(redis.key("good"));
    }

    @Test
    void pingAnswersWhenRedisIsUp() {
        provider.ping();
    }

    @Test
    void aDeadPortFailsFastWithAnExecutorException() {
        int port = TestRedis.deadPort();
        long started = System.nanoTime();
        try (RedisCacheProvider dead = new RedisCacheProvider(RedisCacheConfig.of("redis://127.0.0.1:" + port).withTimeout(Duration.ofSeconds(1)))) {
            ExecutorException getMany = catchThrowableOfType(ExecutorException.class, () -> dead.getMany(List.of("multidb-test:x")));
            ExecutorException ping = catchThrowableOfType(ExecutorException.class, dead::ping);
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(getMany).hasMessageStartingWith("Redis MGET of 1 key(s) on redis://127.0.0.1:" + port + " failed: ");
            assertThat(getMany.sqlState()).isEmpty();
            assertThat(ping).hasMessageStartingWith("Redis PING on redis://127.0.0.1:" + port + " failed: ");
            assertThat(elapsedMs).isLessThan(3_000);
            System.out.printf("redis dead port: getMany and ping failed after %d ms%n", elapsedMs);
        }
    }

    @Test
    void aClosedProviderRefusesWork() {
        RedisCacheProvider closed = new RedisCacheProvider(RedisCacheConfig.of(TestRedis.URI));
        closed.ping();
        closed.close();
        closed.close();

        assertThatIllegalStateException().isThrownBy(() -> closed.getMany(List.of("k"))).withMessage("Redis cache provider is closed");
        assertThatIllegalStateException().isThrownBy(closed::ping);
    }

    @Test
    void nullKeysAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> provider.getMany(null)).withMessage("keys is null");
        assertThatNullPointerException().isThrownBy(() -> provider.getMany(Arrays.asList("a", null))).withMessage("keys holds null");
    }
}
