package com.mkven.multidb.executor.postgres;

import org.postgresql.Driver;

import java.util.Optional;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link PostgresExecutor} reaches its database. Start from {@link #of(String, String)} and
 * change what differs from the defaults with the {@code with…} methods.
 *
 * @param jdbcUrl a pgjdbc URL, {@code jdbc:postgresql://host:port/database}; its query
 *         parameters are passed to pgjdbc and win over the executor's own driver settings
 * @param user the database user
 * @param password absent for trust or peer authentication
 * @param timeoutMs the statement time limit enforced by the server ({@code statement_timeout});
 *         absent means none beyond the server's own setting
 * @param maxPoolSize the most connections the pool opens
 * @param connectTimeoutMs how long {@code execute} and {@code ping} wait for a connection before
 *         failing; this is what bounds the time to notice an unreachable database
 */
public record PostgresExecutorConfig(
        String jdbcUrl,
        String user,
        Optional<String> password,
        Optional<Long> timeoutMs,
        int maxPoolSize,
        long connectTimeoutMs) {
    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    /** HikariCP refuses a shorter connection timeout. */
    public static final long MIN_CONNECT_TIMEOUT_MS = 250;

    public PostgresExecutorConfig {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        if (Driver.parseURL(jdbcUrl, new Properties()) == null) {
            throw new IllegalArgumentException(
                    "jdbcUrl is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + withoutQuery(jdbcUrl));
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("user is blank");
        }
        timeoutMs.ifPresent(value -> {
            // statement_timeout is an int of milliseconds on the server
            if (value <= 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("timeoutMs must be between 1 and %d: %d".formatted(Integer.MAX_VALUE, value));
            }
        });
        if (maxPoolSize <= 0) {
            throw new IllegalArgumentException("maxPoolSize must be positive: " + maxPoolSize);
        }
        if (connectTimeoutMs < MIN_CONNECT_TIMEOUT_MS) {
            throw new IllegalArgumentException("connectTimeoutMs must be at least %d: %d".formatted(MIN_CONNECT_TIMEOUT_MS, connectTimeoutMs));
        }
    }

    /** No password, no statement time limit, {@value #DEFAULT_MAX_POOL_SIZE} connections, {@value #DEFAULT_CONNECT_TIMEOUT_MS} ms to connect. */
    public static PostgresExecutorConfig of(String jdbcUrl, String user) {
        return new PostgresExecutorConfig(jdbcUrl, user, Optional.empty(), Optional.empty(), DEFAULT_MAX_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT_MS);
    }

    public PostgresExecutorConfig withPassword(String password) {
        return new PostgresExecutorConfig(jdbcUrl, user, Optional.of(password), timeoutMs, maxPoolSize, connectTimeoutMs);
    }

    public PostgresExecutorConfig withTimeoutMs(long timeoutMs) {
        return new PostgresExecutorConfig(jdbcUrl, user, password, Optional.of(timeoutMs), maxPoolSize, connectTimeoutMs);
    }

    public PostgresExecutorConfig withMaxPoolSize(int maxPoolSize) {
        return new PostgresExecutorConfig(jdbcUrl, user, password, timeoutMs, maxPoolSize, connectTimeoutMs);
    }

    public PostgresExecutorConfig withConnectTimeoutMs(long connectTimeoutMs) {
        return new PostgresExecutorConfig(jdbcUrl, user, password, timeoutMs, maxPoolSize, connectTimeoutMs);
    }

    /** Never shows the password, neither the field nor one in the URL's query. */
    @Override
    public String toString() {
        return "PostgresExecutorConfig[jdbcUrl=%s, user=%s, password=%s, timeoutMs=%s, maxPoolSize=%d, connectTimeoutMs=%d]".formatted(
                withoutQuery(jdbcUrl), user, password.isPresent() ? "***" : "none",
                timeoutMs.map(String::valueOf).orElse("none"), maxPoolSize, connectTimeoutMs);
    }

    /** The URL up to its query, which may carry a password. */
    static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }
}
