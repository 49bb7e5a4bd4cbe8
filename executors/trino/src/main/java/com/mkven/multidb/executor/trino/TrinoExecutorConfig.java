package com.mkven.multidb.executor.trino;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link TrinoExecutor} reaches its coordinator. Start from {@link #of(String)} and change
 * what differs from the defaults with the {@code with…} methods.
 *
 * @param jdbcUrl {@code jdbc:trino://host:port[/catalog[/schema]][?property=value&…]}; its
 *         properties reach Trino JDBC, except those the executor owns (user, password, time zone,
 *         prepare mode, HTTP timeout), which are refused there
 * @param user the Trino user; Trino refuses a request without one
 * @param password absent without authentication (Trino JDBC sends a password only over TLS)
 * @param timeoutMs the statement time limit, the session property {@code query_max_run_time};
 *         absent means none beyond the coordinator's own
 * @param httpTimeoutMs Trino JDBC's {@code timeout}: connecting and each HTTP read. Trino answers
 *         every request of a running query within about a second, so this bounds the time to
 *         notice an unreachable or hung coordinator, not the statement
 */
public record TrinoExecutorConfig(
        String jdbcUrl,
        String user,
        Optional<String> password,
        Optional<Long> timeoutMs,
        long httpTimeoutMs) {
    public static final String DEFAULT_USER = "multidb";
    public static final long DEFAULT_HTTP_TIMEOUT_MS = 10_000;
    private static final String PREFIX = "jdbc:trino://";
    /** Connection properties the executor sets itself; Trino JDBC refuses one given both in the URL and as a property. */
    static final Set<String> OWNED_PROPERTIES = Set.of("user", "password", "timezone", "explicitPrepare", "timeout", "source");

    public TrinoExecutorConfig {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        checkUrl(jdbcUrl);
        if (user.isBlank()) {
            throw new IllegalArgumentException("user is blank");
        }
        timeoutMs.ifPresent(value -> {
            if (value <= 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("timeoutMs must be between 1 and %d: %d".formatted(Integer.MAX_VALUE, value));
            }
        });
        if (httpTimeoutMs <= 0) {
            throw new IllegalArgumentException("httpTimeoutMs must be positive: " + httpTimeoutMs);
        }
    }

    /** User {@value #DEFAULT_USER} without a password, no time limit, {@value #DEFAULT_HTTP_TIMEOUT_MS} ms HTTP timeout. */
    public static TrinoExecutorConfig of(String jdbcUrl) {
        return new TrinoExecutorConfig(jdbcUrl, DEFAULT_USER, Optional.empty(), Optional.empty(), DEFAULT_HTTP_TIMEOUT_MS);
    }

    public TrinoExecutorConfig withUser(String user) {
        return new TrinoExecutorConfig(jdbcUrl, user, password, timeoutMs, httpTimeoutMs);
    }

    public TrinoExecutorConfig withPassword(String password) {
        return new TrinoExecutorConfig(jdbcUrl, user, Optional.of(password), timeoutMs, httpTimeoutMs);
    }

    public TrinoExecutorConfig withTimeoutMs(long timeoutMs) {
        return new TrinoExecutorConfig(jdbcUrl, user, password, Optional.of(timeoutMs), httpTimeoutMs);
    }

    public TrinoExecutorConfig withHttpTimeoutMs(long httpTimeoutMs) {
        return new TrinoExecutorConfig(jdbcUrl, user, password, timeoutMs, httpTimeoutMs);
    }

    /**
     * The shape and the properties the executor owns; Trino JDBC itself checks the rest of the URL
     * when the executor is created.
     */
    private static void checkUrl(String jdbcUrl) {
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw notATrinoUrl(jdbcUrl);
        }
        URI uri;
        try {
            uri = new URI("http://" + jdbcUrl.substring(PREFIX.length()));
        } catch (URISyntaxException e) {
            throw notATrinoUrl(jdbcUrl);
        }
        if (uri.getHost() == null) {
            throw notATrinoUrl(jdbcUrl);
        }
        String query = uri.getRawQuery();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (OWNED_PROPERTIES.contains(name)) {
                throw new IllegalArgumentException("jdbcUrl must not set %s: the executor sets it (user and password come from the config): %s"
                        .formatted(name, withoutQuery(jdbcUrl)));
            }
        }
    }

    private static IllegalArgumentException notATrinoUrl(String jdbcUrl) {
        return new IllegalArgumentException("jdbcUrl is not a Trino JDBC URL (jdbc:trino://host:port/catalog/schema): " + withoutQuery(jdbcUrl));
    }

    /** The URL up to its query, which may carry a secret (an access token, a key store password). */
    static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }

    /** Never shows the password, neither the field nor the URL's query. */
    @Override
    public String toString() {
        return "TrinoExecutorConfig[jdbcUrl=%s, user=%s, password=%s, timeoutMs=%s, httpTimeoutMs=%d]".formatted(
                withoutQuery(jdbcUrl), user, password.isPresent() ? "***" : "none",
                timeoutMs.map(String::valueOf).orElse("none"), httpTimeoutMs);
    }
}
