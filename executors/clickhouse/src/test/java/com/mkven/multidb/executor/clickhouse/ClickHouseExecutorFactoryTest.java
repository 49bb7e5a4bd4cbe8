package com.mkven.multidb.executor.clickhouse;

import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClickHouseExecutorFactoryTest {
    private static final String URL = TestServer.URL;

    @Test
    void theFactoryIsFoundByTypeThroughServiceLoader() {
        DbExecutorFactory factory = ServiceLoader.load(DbExecutorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.type().equals("clickhouse"))
                .findFirst()
                .orElseThrow();

        DbExecutor executor = factory.create(settings(URL, Optional.empty(), Map.of()));
        try {
            assertThat(executor).isInstanceOf(ClickHouseExecutor.class);
            executor.ping();
        } finally {
            executor.close();
        }
    }

    @Test
    void settingsMapOntoTheConfig() {
        BackendSettings settings = new BackendSettings("ch-analytics", "clickhouse", URL, Optional.of("reader"), Optional.of("pw"),
                Optional.of(60_000L), Map.of("maxSize", 4, "connectTimeoutMs", 1_500));

        assertThat(ClickHouseExecutorFactory.config(settings))
                .isEqualTo(new ClickHouseExecutorConfig(URL, "reader", Optional.of("pw"), Optional.of(60_000L), 4, 1_500));
    }

    @Test
    void absentSettingsTakeTheDefaults() {
        assertThat(ClickHouseExecutorFactory.config(settings(URL, Optional.empty(), Map.of())))
                .isEqualTo(ClickHouseExecutorConfig.of(URL));
    }

    @Test
    void anUnknownPoolSettingIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorFactory.config(settings(URL, Optional.empty(), Map.of("maxSzie", 4))))
                .withMessage("executor ch-analytics: pool.maxSzie is not a clickhouse pool setting (known: maxSize, connectTimeoutMs)");
    }

    @Test
    void anInvalidValueNamesTheEntry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorFactory.config(settings(URL, Optional.empty(), Map.of("maxSize", 0))))
                .withMessage("executor ch-analytics: maxConnections must be positive: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorFactory.config(settings("jdbc:mysql://x/db", Optional.empty(), Map.of())))
                .withMessage("executor ch-analytics: jdbcUrl is not a ClickHouse URL (jdbc:clickhouse://host:port/database, "
                        + "jdbc:clickhouse:https://host:port/database or http(s)://host:port): jdbc:mysql://x/db");
    }

    @Test
    void aUrlOptionClientV2DoesNotKnowIsRefusedWhenTheExecutorIsCreated() {
        DbExecutorFactory factory = new ClickHouseExecutorFactory();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(settings(URL + "?no_such_option=1", Optional.empty(), Map.of())))
                .withMessageStartingWith("executor ch-analytics: jdbcUrl options are not valid client-v2 options: ")
                .withMessageContaining("no_such_option");
    }

    private static BackendSettings settings(String url, Optional<String> user, Map<String, Object> pool) {
        return new BackendSettings("ch-analytics", "clickhouse", url, user, Optional.empty(), Optional.empty(), pool);
    }
}
