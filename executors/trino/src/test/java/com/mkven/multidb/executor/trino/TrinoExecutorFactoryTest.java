package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrinoExecutorFactoryTest {
    private static final String URL = TestCoordinator.URL;

    @Test
    void theFactoryIsFoundByTypeThroughServiceLoader() {
        DbExecutorFactory factory = ServiceLoader.load(DbExecutorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.type().equals("trino"))
                .findFirst()
                .orElseThrow();

        DbExecutor executor = factory.create(settings(URL, Map.of()));
        try {
            assertThat(executor).isInstanceOf(TrinoExecutor.class);
            executor.ping();
        } finally {
            executor.close();
        }
    }

    @Test
    void settingsMapOntoTheConfig() {
        BackendSettings settings = new BackendSettings("trino", "trino", URL, Optional.of("analyst"), Optional.of("pw"),
                Optional.of(120_000L), Map.of("httpTimeoutMs", 3_000));

        assertThat(TrinoExecutorFactory.config(settings))
                .isEqualTo(new TrinoExecutorConfig(URL, "analyst", Optional.of("pw"), Optional.of(120_000L), 3_000));
    }

    @Test
    void absentSettingsTakeTheDefaults() {
        assertThat(TrinoExecutorFactory.config(settings(URL, Map.of()))).isEqualTo(TrinoExecutorConfig.of(URL));
    }

    @Test
    void aPoolSizeIsRefusedBecauseThereIsNoPool() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrinoExecutorFactory.config(settings(URL, Map.of("maxSize", 4))))
                .withMessage("executor trino: pool.maxSize is not a trino pool setting (known: httpTimeoutMs; "
                        + "the executor opens a connection per statement)");
    }

    @Test
    void anInvalidValueNamesTheEntry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrinoExecutorFactory.config(settings(URL, Map.of("httpTimeoutMs", 0))))
                .withMessage("executor trino: httpTimeoutMs must be positive: 0");
    }

    @Test
    void aUrlPropertyTrinoJdbcDoesNotKnowIsRefusedWhenTheExecutorIsCreated() {
        DbExecutorFactory factory = new TrinoExecutorFactory();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(settings(URL + "?noSuchProperty=1&accessToken=hunter2", Map.of())))
                .withMessageStartingWith("executor trino: jdbcUrl is refused by Trino JDBC: ")
                .withMessageContaining("noSuchProperty")
                .withMessageNotContaining("hunter2");
    }

    private static BackendSettings settings(String url, Map<String, Object> pool) {
        return new BackendSettings("trino", "trino", url, Optional.empty(), Optional.empty(), Optional.empty(), pool);
    }
}
