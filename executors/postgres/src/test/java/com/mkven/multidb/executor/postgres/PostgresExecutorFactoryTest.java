package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostgresExecutorFactoryTest {
    private static final String URL = TestDatabase.URL;

    @Test
    void theFactoryIsFoundByTypeThroughServiceLoader() {
        DbExecutorFactory factory = ServiceLoader.load(DbExecutorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.type().equals("postgres"))
                .findFirst()
                .orElseThrow();

        DbExecutor executor = factory.create(settings(Optional.of("postgres"), Map.of()));
        try {
            assertThat(executor).isInstanceOf(PostgresExecutor.class);
            executor.ping();
        } finally {
            executor.close();
        }
    }

    @Test
    void settingsMapOntoTheConfig() {
        BackendSettings settings = new BackendSettings("pg-main", "postgres", URL, Optional.of("postgres"), Optional.of("pw"),
                Optional.of(30_000L), Map.of("maxSize", 4, "connectTimeoutMs", 1_500));

        assertThat(PostgresExecutorFactory.config(settings))
                .isEqualTo(new PostgresExecutorConfig(URL, "postgres", Optional.of("pw"), Optional.of(30_000L), 4, 1_500));
    }

    @Test
    void absentSettingsTakeTheDefaults() {
        assertThat(PostgresExecutorFactory.config(settings(Optional.of("postgres"), Map.of())))
                .isEqualTo(PostgresExecutorConfig.of(URL, "postgres"));
    }

    @Test
    void aMissingUserIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorFactory.config(settings(Optional.empty(), Map.of())))
                .withMessage("executor pg-main: user is required for a postgres executor");
    }

    @Test
    void anUnknownPoolSettingIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorFactory.config(settings(Optional.of("postgres"), Map.of("maxSzie", 4))))
                .withMessage("executor pg-main: pool.maxSzie is not a postgres pool setting (known: maxSize, connectTimeoutMs)");
    }

    @Test
    void anInvalidValueNamesTheEntry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorFactory.config(settings(Optional.of("postgres"), Map.of("maxSize", 0))))
                .withMessage("executor pg-main: maxPoolSize must be positive: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorFactory.config(new BackendSettings("pg-main", "postgres", "jdbc:mysql://x/db",
                        Optional.of("postgres"), Optional.empty(), Optional.empty(), Map.of())))
                .withMessage("executor pg-main: jdbcUrl is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): jdbc:mysql://x/db");
    }

    private static BackendSettings settings(Optional<String> user, Map<String, Object> pool) {
        return new BackendSettings("pg-main", "postgres", URL, user, Optional.empty(), Optional.empty(), pool);
    }
}
