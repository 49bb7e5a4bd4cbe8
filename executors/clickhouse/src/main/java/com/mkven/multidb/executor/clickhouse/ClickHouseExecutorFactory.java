package com.mkven.multidb.executor.clickhouse;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Builds a {@link ClickHouseExecutor} from a config-file entry of type {@value #TYPE} (jdbc.md
 * "Config file"): {@code url}, {@code user} (default {@value ClickHouseExecutorConfig#DEFAULT_USER}),
 * {@code password}, {@code timeoutMs} and the pool settings {@code maxSize} (HTTP connections) and
 * {@code connectTimeoutMs}.
 */
public final class ClickHouseExecutorFactory implements DbExecutorFactory {
    public static final String TYPE = "clickhouse";
    private static final String MAX_SIZE = "maxSize";
    private static final String CONNECT_TIMEOUT_MS = "connectTimeoutMs";
    private static final Set<String> POOL_SETTINGS = Set.of(MAX_SIZE, CONNECT_TIMEOUT_MS);

    @Override
    public String type() {
        return TYPE;
    }

    /** Every problem, including a URL option client-v2 does not know, names the entry. */
    @Override
    public DbExecutor create(BackendSettings settings) {
        ClickHouseExecutorConfig config = config(settings);
        try {
            return new ClickHouseExecutor(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("executor %s: %s".formatted(settings.key(), e.getMessage()), e);
        }
    }

    static ClickHouseExecutorConfig config(BackendSettings settings) {
        requireNonNull(settings, "settings is null");
        for (String name : settings.pool().keySet()) {
            if (!POOL_SETTINGS.contains(name)) {
                throw new IllegalArgumentException("executor %s: pool.%s is not a clickhouse pool setting (known: %s, %s)"
                        .formatted(settings.key(), name, MAX_SIZE, CONNECT_TIMEOUT_MS));
            }
        }
        try {
            return new ClickHouseExecutorConfig(
                    settings.url(),
                    settings.user().orElse(ClickHouseExecutorConfig.DEFAULT_USER),
                    settings.password(),
                    settings.timeoutMs(),
                    settings.poolInt(MAX_SIZE, ClickHouseExecutorConfig.DEFAULT_MAX_CONNECTIONS),
                    settings.poolInt(CONNECT_TIMEOUT_MS, (int) ClickHouseExecutorConfig.DEFAULT_CONNECT_TIMEOUT_MS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("executor %s: %s".formatted(settings.key(), e.getMessage()), e);
        }
    }
}
