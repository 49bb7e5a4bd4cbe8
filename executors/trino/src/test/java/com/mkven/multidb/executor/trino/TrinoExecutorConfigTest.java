package com.mkven.multidb.executor.trino;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TrinoExecutorConfigTest {
    private static final String URL = "jdbc:trino://127.0.0.1:18080/iceberg_archive/warehouse";

    @Test
    void defaults() {
        TrinoExecutorConfig config = TrinoExecutorConfig.of(URL);

        assertThat(config.user()).isEqualTo("multidb");
        assertThat(config.password()).isEmpty();
        assertThat(config.timeoutMs()).isEmpty();
        assertThat(config.httpTimeoutMs()).isEqualTo(10_000);
    }

    @Test
    void withersChangeOneField() {
        TrinoExecutorConfig config = TrinoExecutorConfig.of(URL)
                .withUser("analyst")
                .withPassword("secret")
                .withTimeoutMs(120_000)
                .withHttpTimeoutMs(2_000);

        assertThat(config).isEqualTo(new TrinoExecutorConfig(URL, "analyst", Optional.of("secret"), Optional.of(120_000L), 2_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://localhost:5432/db", "jdbc:trino:", "jdbc:trino://", "jdbc:trino://bad host:8080"})
    void aUrlThatIsNotATrinoUrlIsRefused(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrinoExecutorConfig.of(url))
                .withMessage("jdbcUrl is not a Trino JDBC URL (jdbc:trino://host:port/catalog/schema): " + url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "password", "timezone", "explicitPrepare", "timeout", "source"})
    void aPropertyTheExecutorSetsIsRefusedInTheUrlWithoutShowingTheQuery(String property) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrinoExecutorConfig.of(URL + "?SSL=false&" + property + "=x"))
                .withMessage("jdbcUrl must not set %s: the executor sets it (user and password come from the config): %s?…", property, URL);
    }

    @Test
    void otherPropertiesAreLeftToTheDriver() {
        assertThat(TrinoExecutorConfig.of(URL + "?SSL=false&clientTags=a,b").jdbcUrl()).isEqualTo(URL + "?SSL=false&clientTags=a,b");
    }

    @Test
    void aBlankUserIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrinoExecutorConfig.of(URL).withUser(""))
                .withMessage("user is blank");
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        TrinoExecutorConfig config = TrinoExecutorConfig.of(URL);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withTimeoutMs(-1))
                .withMessage("timeoutMs must be between 1 and 2147483647: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withHttpTimeoutMs(0))
                .withMessage("httpTimeoutMs must be positive: 0");
    }

    @Test
    void nullsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> TrinoExecutorConfig.of(null)).withMessage("jdbcUrl is null");
        assertThatNullPointerException()
                .isThrownBy(() -> new TrinoExecutorConfig(URL, null, Optional.empty(), Optional.empty(), 1))
                .withMessage("user is null");
    }

    @Test
    void toStringHidesThePasswordAndTheUrlsQuery() {
        TrinoExecutorConfig config = TrinoExecutorConfig.of(URL + "?accessToken=hunter2").withPassword("secret");

        assertThat(config.toString())
                .isEqualTo("TrinoExecutorConfig[jdbcUrl=" + URL + "?…, user=multidb, password=***, timeoutMs=none, httpTimeoutMs=10000]")
                .doesNotContain("secret", "hunter2");
    }
}
