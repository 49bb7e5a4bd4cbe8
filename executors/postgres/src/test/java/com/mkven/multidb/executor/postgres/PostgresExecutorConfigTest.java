package com.mkven.multidb.executor.postgres;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PostgresExecutorConfigTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/pg_main";

    @Test
    void defaults() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL, "postgres");

        assertThat(config.password()).isEmpty();
        assertThat(config.timeoutMs()).isEmpty();
        assertThat(config.maxPoolSize()).isEqualTo(10);
        assertThat(config.connectTimeoutMs()).isEqualTo(5_000);
    }

    @Test
    void withersChangeOneField() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL, "postgres")
                .withPassword("secret")
                .withTimeoutMs(30_000)
                .withMaxPoolSize(4)
                .withConnectTimeoutMs(1_000);

        assertThat(config).isEqualTo(new PostgresExecutorConfig(URL, "postgres", Optional.of("secret"), Optional.of(30_000L), 4, 1_000));
    }

    @Test
    void aUrlOfAnotherDriverIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorConfig.of("jdbc:mysql://localhost/db", "postgres"))
                .withMessage("jdbcUrl is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): jdbc:mysql://localhost/db");
    }

    @Test
    void aMalformedPortIsRefusedWithoutShowingTheQuery() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorConfig.of("jdbc:postgresql://localhost:port/db?password=secret", "postgres"))
                .withMessage("jdbcUrl is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): jdbc:postgresql://localhost:port/db?…");
    }

    @Test
    void aBlankUserIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PostgresExecutorConfig.of(URL, " "))
                .withMessage("user is blank");
    }

    @Test
    void aNonPositiveTimeoutIsRefused() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL, "postgres");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withTimeoutMs(0))
                .withMessage("timeoutMs must be between 1 and 2147483647: 0");
    }

    @Test
    void aTimeoutBeyondWhatTheServerTakesIsRefused() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL, "postgres");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withTimeoutMs(Integer.MAX_VALUE + 1L))
                .withMessage("timeoutMs must be between 1 and 2147483647: 2147483648");
    }

    @Test
    void aNonPositivePoolSizeIsRefused() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL, "postgres");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withMaxPoolSize(0))
                .withMessage("maxPoolSize must be positive: 0");
    }

    @Test
    void aConnectTimeoutBelowHikariMinimumIsRefused() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL, "postgres");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withConnectTimeoutMs(100))
                .withMessage("connectTimeoutMs must be at least 250: 100");
    }

    @Test
    void nullsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> PostgresExecutorConfig.of(null, "postgres")).withMessage("jdbcUrl is null");
        assertThatNullPointerException().isThrownBy(() -> PostgresExecutorConfig.of(URL, null)).withMessage("user is null");
        assertThatNullPointerException()
                .isThrownBy(() -> new PostgresExecutorConfig(URL, "postgres", null, Optional.empty(), 1, 1_000))
                .withMessage("password is null");
    }

    @Test
    void toStringHidesThePassword() {
        PostgresExecutorConfig config = PostgresExecutorConfig.of(URL + "?password=inurl", "postgres").withPassword("secret");

        assertThat(config.toString())
                .doesNotContain("secret")
                .doesNotContain("inurl")
                .isEqualTo("PostgresExecutorConfig[jdbcUrl=jdbc:postgresql://127.0.0.1:5432/pg_main?…, user=postgres, password=***, "
                        + "timeoutMs=none, maxPoolSize=10, connectTimeoutMs=5000]");
    }
}
