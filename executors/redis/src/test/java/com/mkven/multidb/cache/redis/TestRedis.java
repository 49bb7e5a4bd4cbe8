package com.mkven.multidb.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The real Redis the tests run against (infra.md): 127.0.0.1, port {@code MULTIDB_REDIS_PORT}
 * (default 6379). Test keys start with {@value #KEY_PREFIX} and a per-run id, and are deleted
 * by {@link #close()}.
 */
final class TestRedis implements AutoCloseable {
    static final String KEY_PREFIX = "multidb-test:";
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MULTIDB_REDIS_PORT", "6379"));
    static final String URI = "redis://127.0.0.1:" + PORT;

    private final String run = KEY_PREFIX + UUID.randomUUID() + ":";
    private final RedisClient client = RedisClient.create(URI);
    private final StatefulRedisConnection<String, String> connection = client.connect();

    /** A key of this run. */
    String key(String name) {
        return run + name;
    }

    void set(Map<String, String> values) {
        values.forEach((name, value) -> connection.sync().set(key(name), value));
    }

    void pushList(String name, String value) {
        connection.sync().rpush(key(name), value);
    }

    @Override
    public void close() {
        var keys = connection.sync().keys(run + "*");
        if (!keys.isEmpty()) {
            connection.sync().del(keys.toArray(new String[0]));
        }
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    /** A local port nothing listens on: bound once by the OS, then released. */
    static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
