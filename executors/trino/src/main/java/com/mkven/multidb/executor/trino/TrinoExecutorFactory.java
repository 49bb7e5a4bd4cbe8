package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;

import static java.util.Objects.requireNonNull;

/**
 * Builds a {@link TrinoExecutor} from a config-file entry of type {@value #TYPE} (jdbc.md
 * "Config file"): {@code url}, {@code user} (default {@value TrinoExecutorConfig#DEFAULT_USER}),
 * {@code password}, {@code timeoutMs} and, under {@code pool}, only {@code httpTimeoutMs}: a
 * connection per statement leaves nothing to size.
 */
public final class TrinoExecutorFactory implements DbExecutorFactory {
    public static final String TYPE = "trino";
    private static final String HTTP_TIMEOUT_MS = "httpTimeoutMs";

    @Override
    public String type() {
        return TYPE;
    }

    /** Every problem, including a URL property Trino JDBC refuses, names the entry. */
    @Override
    public DbExecutor create(BackendSettings settings) {
        TrinoExecutorConfig config = config(settings);
        try {
            return new TrinoExecutor(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("executor %s: %s".formatted(settings.key(), e.getMessage()), e);
        }
    }

    static TrinoExecutorConfig config(BackendSettings settings) {
        requireNonNull(settings, "settings is null");
        for (String name : settings.pool().keySet()) {
            if (!name.equals(HTTP_TIMEOUT_MS)) {
                throw new IllegalArgumentException(("executor %s: pool.%s is not a trino pool setting (known: %s; "
                        + "the executor opens a connection per statement)").formatted(settings.key(), name, HTTP_TIMEOUT_MS));
            }
        }
        try {
            return new TrinoExecutorConfig(
                    settings.url(),
                    settings.user().orElse(TrinoExecutorConfig.DEFAULT_USER),
                    settings.password(),
                    settings.timeoutMs(),
                    settings.poolInt(HTTP_TIMEOUT_MS, (int) TrinoExecutorConfig.DEFAULT_HTTP_TIMEOUT_MS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("executor %s: %s".formatted(settings.key(), e.getMessage()), e);
        }
    }
}
