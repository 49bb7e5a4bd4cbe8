package com.mkven.multidb.executor.clickhouse;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link ClickHouseExecutor} reaches its server. Start from {@link #of(String)} and change
 * what differs from the defaults with the {@code with…} methods.
 *
 * @param jdbcUrl {@code jdbc:clickhouse://host:port/database} (also {@code jdbc:ch:},
 *         {@code jdbc:clickhouse:https://…} or plain {@code http(s)://host:port}); its query
 *         parameters are client-v2 options and win over the executor's own
 * @param user the ClickHouse user
 * @param password absent for a user without one
 * @param timeoutMs the statement time limit, sent as the server setting {@code max_execution_time};
 *         absent means none beyond the server's own setting
 * @param maxConnections the most HTTP connections open at once (one per running statement)
 * @param connectTimeoutMs how long a statement waits to open a connection, or for a free one when
 *         all {@code maxConnections} are busy; this bounds the time to notice an unreachable server
 */
public record ClickHouseExecutorConfig(
        String jdbcUrl,
        String user,
        Optional<String> password,
        Optional<Long> timeoutMs,
        int maxConnections,
        long connectTimeoutMs) {
    public static final String DEFAULT_USER = "default";
    public static final int DEFAULT_MAX_CONNECTIONS = 10;
    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

    public ClickHouseExecutorConfig {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        ClickHouseEndpoint.parse(jdbcUrl);
        if (user.isBlank()) {
            throw new IllegalArgumentException("user is blank");
        }
        timeoutMs.ifPresent(value -> {
            // bounded like the other executors' limits; also keeps the client's socket timeout (limit + grace) in range
            if (value <= 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("timeoutMs must be between 1 and %d: %d".formatted(Integer.MAX_VALUE, value));
            }
        });
        if (maxConnections <= 0) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        if (connectTimeoutMs <= 0) {
            throw new IllegalArgumentException("connectTimeoutMs must be positive: " + connectTimeoutMs);
        }
    }

    /**
     * User {@value #DEFAULT_USER} without a password, no time limit, {@value #DEFAULT_MAX_CONNECTIONS}
     * connections, {@value #DEFAULT_CONNECT_TIMEOUT_MS} ms to connect.
     */
    public static ClickHouseExecutorConfig of(String jdbcUrl) {
        return new ClickHouseExecutorConfig(jdbcUrl, DEFAULT_USER, Optional.empty(), Optional.empty(), DEFAULT_MAX_CONNECTIONS,
                DEFAULT_CONNECT_TIMEOUT_MS);
    }

    public ClickHouseExecutorConfig withUser(String user) {
        return new ClickHouseExecutorConfig(jdbcUrl, user, password, timeoutMs, maxConnections, connectTimeoutMs);
    }

    public ClickHouseExecutorConfig withPassword(String password) {
        return new ClickHouseExecutorConfig(jdbcUrl, user, Optional.of(password), timeoutMs, maxConnections, connectTimeoutMs);
    }

    public ClickHouseExecutorConfig withTimeoutMs(long timeoutMs) {
        return new ClickHouseExecutorConfig(jdbcUrl, user, password, Optional.of(timeoutMs), maxConnections, connectTimeoutMs);
    }

    public ClickHouseExecutorConfig withMaxConnections(int maxConnections) {
        return new ClickHouseExecutorConfig(jdbcUrl, user, password, timeoutMs, maxConnections, connectTimeoutMs);
    }

    public ClickHouseExecutorConfig withConnectTimeoutMs(long connectTimeoutMs) {
        return new ClickHouseExecutorConfig(jdbcUrl, user, password, timeoutMs, maxConnections, connectTimeoutMs);
    }

    /** The server address, database and client options the URL names. */
    ClickHouseEndpoint endpoint() {
        return ClickHouseEndpoint.parse(jdbcUrl);
    }

    /** Never shows the password, neither the field nor one in the URL's query. */
    @Override
    public String toString() {
        return "ClickHouseExecutorConfig[jdbcUrl=%s, user=%s, password=%s, timeoutMs=%s, maxConnections=%d, connectTimeoutMs=%d]".formatted(
                ClickHouseEndpoint.withoutQuery(jdbcUrl), user, password.isPresent() ? "***" : "none",
                timeoutMs.map(String::valueOf).orElse("none"), maxConnections, connectTimeoutMs);
    }
}
