package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Builds a {@link PostgresExecutor} from a config-file entry of type {@value #TYPE} (jdbc.md
 * "Config file"): {@code url}, {@code user}, {@code password}, {@code timeoutMs} and the pool
 * settings {@code maxSize} and {@code connectTimeoutMs}.
 */
public final class PostgresExecutorFactory implements DbExecutorFactory {
    public static final String TYPE = "postgres";
    private static final String MAX_SIZE = "maxSize";
    private static final String CONNECT_TIMEOUT_MS = "connectTimeoutMs";
    private static final Set<String> POOL_SETTINGS = Set.of(MAX_SIZE, CONNECT_TIMEOUT_MS);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public DbExecutor create(BackendSettings settings) {
        return new PostgresExecutor(config(settings));
    }

    /** The executor config an entry describes; every problem names the entry. */
    static PostgresExecutorConfig config(BackendSettings settings) {
        requireNonNull(settings, "settings is null");
        for (String name : settings.pool().keySet()) {
            if (!POOL_SETTINGS.contains(name)) {
                throw new IllegalArgumentException("executor %s: pool.%s is not a postgres pool setting (known: %s, %s)"
                        .formatted(settings.key(), name, MAX_SIZE, CONNECT_TIMEOUT_MS));
            }
        }
        String user = settings.user().orElseThrow(
                () -> new IllegalArgumentException("executor %s: user is required for a postgres executor".formatted(settings.key())));
        try {
            return new PostgresExecutorConfig(
                    settings.url(),
                    user,
                    settings.password(),
                    settings.timeoutMs(),
                    settings.poolInt(MAX_SIZE, PostgresExecutorConfig.DEFAULT_MAX_POOL_SIZE),
                    settings.poolInt(CONNECT_TIMEOUT_MS, (int) PostgresExecutorConfig.DEFAULT_CONNECT_TIMEOUT_MS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("executor %s: %s".formatted(settings.key(), e.getMessage()), e);
        }
    }
}
