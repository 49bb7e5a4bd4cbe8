package com.mkven.multidb.executor.clickhouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ClickHouseExecutorConfigTest {
    private static final String URL = "jdbc:clickhouse://127.0.0.1:18123/default";

    @Test
    void defaults() {
        ClickHouseExecutorConfig config = ClickHouseExecutorConfig.of(URL);

        assertThat(config.user()).isEqualTo("default");
        assertThat(config.password()).isEmpty();
        assertThat(config.timeoutMs()).isEmpty();
        assertThat(config.maxConnections()).isEqualTo(10);
        assertThat(config.connectTimeoutMs()).isEqualTo(5_000);
    }

    @Test
    void withersChangeOneField() {
        ClickHouseExecutorConfig config = ClickHouseExecutorConfig.of(URL)
                .withUser("reader")
                .withPassword("secret")
                .withTimeoutMs(60_000)
                .withMaxConnections(4)
                .withConnectTimeoutMs(1_000);

        assertThat(config).isEqualTo(new ClickHouseExecutorConfig(URL, "reader", Optional.of("secret"), Optional.of(60_000L), 4, 1_000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:clickhouse://ch.example:18123/analytics | http://ch.example:18123  | analytics
            jdbc:clickhouse://ch.example                 | http://ch.example:8123   | default
            jdbc:clickhouse://ch.example/                | http://ch.example:8123   | default
            jdbc:ch://ch.example:9000/db                 | http://ch.example:9000   | db
            jdbc:clickhouse:http://ch.example/db         | http://ch.example:8123   | db
            jdbc:clickhouse:https://ch.example/db        | https://ch.example:8443  | db
            jdbc:ch:https://ch.example:443               | https://ch.example:443   | default
            http://127.0.0.1:18123                       | http://127.0.0.1:18123   | default
            https://[::1]:8443/db                        | https://[::1]:8443       | db
            """)
    void theUrlNamesTheServerAndTheDatabase(String url, String baseUrl, String database) {
        ClickHouseEndpoint endpoint = ClickHouseExecutorConfig.of(url).endpoint();

        assertThat(endpoint.baseUrl()).isEqualTo(baseUrl);
        assertThat(endpoint.database()).isEqualTo(database);
        assertThat(endpoint.options()).isEmpty();
    }

    @Test
    void theUrlsQueryParametersAreClientOptions() {
        ClickHouseEndpoint endpoint = ClickHouseExecutorConfig.of(URL + "?compress=false&client_name=a%20b").endpoint();

        assertThat(endpoint.options()).isEqualTo(Map.of("compress", "false", "client_name", "a b"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://localhost:5432/db     | jdbc:postgresql://localhost:5432/db
            jdbc:clickhouse:ftp://localhost/db      | jdbc:clickhouse:ftp://localhost/db
            jdbc:clickhouse://                      | jdbc:clickhouse://
            jdbc:clickhouse://user@localhost/db     | jdbc:clickhouse://user@localhost/db
            jdbc:clickhouse://local host/db?x=1     | jdbc:clickhouse://local host/db?…
            jdbc:clickhouse://localhost/db#part     | jdbc:clickhouse://localhost/db#part
            jdbc:clickhouse://localhost/db?pw=%zz   | jdbc:clickhouse://localhost/db?…
            """)
    void aUrlThatIsNotAClickHouseUrlIsRefusedWithoutShowingTheQuery(String url, String shown) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorConfig.of(url))
                .withMessage("jdbcUrl is not a ClickHouse URL (jdbc:clickhouse://host:port/database, "
                        + "jdbc:clickhouse:https://host:port/database or http(s)://host:port): " + shown);
    }

    @Test
    void aPathBeyondTheDatabaseIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorConfig.of("jdbc:clickhouse://localhost/db/table?password=x"))
                .withMessage("jdbcUrl has more than a database in its path: jdbc:clickhouse://localhost/db/table?…");
    }

    @Test
    void anOptionWithoutAValueIsRefusedWithoutShowingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorConfig.of(URL + "?password"))
                .withMessage("jdbcUrl option is not name=value: " + URL + "?…");
    }

    @Test
    void aBlankUserIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClickHouseExecutorConfig.of(URL).withUser(" "))
                .withMessage("user is blank");
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        ClickHouseExecutorConfig config = ClickHouseExecutorConfig.of(URL);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withTimeoutMs(0))
                .withMessage("timeoutMs must be between 1 and 2147483647: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withTimeoutMs(1L << 31))
                .withMessage("timeoutMs must be between 1 and 2147483647: 2147483648");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withMaxConnections(0))
                .withMessage("maxConnections must be positive: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> config.withConnectTimeoutMs(0))
                .withMessage("connectTimeoutMs must be positive: 0");
    }

    @Test
    void nullsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> ClickHouseExecutorConfig.of(null)).withMessage("jdbcUrl is null");
        assertThatNullPointerException()
                .isThrownBy(() -> new ClickHouseExecutorConfig(URL, "default", null, Optional.empty(), 1, 1))
                .withMessage("password is null");
    }

    @Test
    void toStringHidesThePasswordAndTheUrlsQuery() {
        ClickHouseExecutorConfig config = ClickHouseExecutorConfig.of(URL + "?password=hunter2").withPassword("secret");

        assertThat(config.toString())
                .isEqualTo("ClickHouseExecutorConfig[jdbcUrl=" + URL + "?…, user=default, password=***, timeoutMs=none, "
                        + "maxConnections=10, connectTimeoutMs=5000]")
                .doesNotContain("secret", "hunter2");
        assertThat(config.endpoint().toString()).doesNotContain("hunter2").contains("password");
    }
}
