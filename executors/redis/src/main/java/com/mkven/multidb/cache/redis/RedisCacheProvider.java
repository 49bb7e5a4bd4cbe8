package com.mkven.multidb.cache.redis;

import com.mkven.multidb.spi.CacheProvider;
import com.mkven.multidb.spi.ExecutorException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The Redis {@link CacheProvider} over Lettuce (runtime.md §9, decisions.md platform mapping):
 * {@code getMany} is one {@code MGET}, {@code ping} is {@code PING}, {@code close} shuts the
 * client down.
 *
 * <p>The connection opens on first use, so a provider can be built while Redis is down; a failed
 * connect is retried by the next call. Once connected, Lettuce reconnects in the background, and
 * commands issued meanwhile fail at once instead of queueing until their timeout. Every failure
 * is an {@link ExecutorException}, which the engine treats as a full miss.
 */
public final class RedisCacheProvider implements CacheProvider, AutoCloseable {
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    private final RedisCacheConfig config;
    private final RedisClient client;
    private final Object lock = new Object();
    /** Guarded by {@code lock}. */
    private StatefulRedisConnection<String, String> connection;
    /** Guarded by {@code lock}. */
    private boolean closed;

    public RedisCacheProvider(RedisCacheConfig config) {
        this.config = requireNonNull(config, "config is null");
        Duration timeout = config.commandTimeout();
        RedisURI uri = RedisURI.create(config.uri());
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    /** Only the hits, in the order of {@code keys}; a key whose value is not a JSON object is a miss ({@link CachedRow}). */
    @Override
    public Map<String, Map<String, Object>> getMany(List<String> keys) {
        requireNonNull(keys, "keys is null");
        if (keys.isEmpty()) {
            return Map.of();
        }
        String[] keyArray = new String[keys.size()];
        for (int i = 0; i < keyArray.length; i++) {
            keyArray[i] = requireNonNull(keys.get(i), "keys holds null");
        }
        List<KeyValue<String, String>> values;
        try {
            values = commands().mget(keyArray);
        } catch (RedisException e) {
            throw failure("MGET of %d key(s)".formatted(keyArray.length), e);
        }
        Map<String, Map<String, Object>> hits = new LinkedHashMap<>();
        for (KeyValue<String, String> value : values) {
            if (value.hasValue()) {
                CachedRow.parse(value.getValue()).ifPresent(row -> hits.put(value.getKey(), row));
            }
        }
        return Collections.unmodifiableMap(hits);
    }

    @Override
    public void ping() {
        try {
            commands().ping();
        } catch (RedisException e) {
            throw failure("PING", e);
        }
    }

    private RedisCommands<String, String> commands() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("Redis cache provider is closed");
            }
            if (connection == null) {
                connection = client.connect();
            }
            return connection.sync();
        }
    }

    private ExecutorException failure(String command, RedisException e) {
        return new ExecutorException("Redis %s on %s failed: %s".formatted(command, RedisCacheConfig.redacted(config.uri()), e.getMessage()),
                e, Optional.empty(), Optional.empty());
    }

    /** Closes the connection and shuts the client's threads down; idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (connection != null) {
                connection.close();
            }
        }
        client.shutdown(Duration.ZERO, SHUTDOWN_TIMEOUT);
    }

    @Override
    public String toString() {
        return "RedisCacheProvider[" + config + "]";
    }
}
