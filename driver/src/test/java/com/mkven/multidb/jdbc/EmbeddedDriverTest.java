package com.mkven.multidb.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.jdbc.config.ConfigLocation;
import com.mkven.multidb.jdbc.session.SharedEngines;
import com.mkven.multidb.jdbc.testing.ScriptedCursor;
import com.mkven.multidb.jdbc.testing.ScriptedExecutor;
import com.mkven.multidb.jdbc.testing.ScriptedExecutorFactory;
import com.mkven.multidb.jdbc.testing.TestConfig;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The driver end to end over a real engine whose executors are scripted: everything but the database. */
class EmbeddedDriverTest {
    private static final String ORDERS_ID_STATUS = "{\"from\":\"orders\",\"columns\":[\"id\",\"status\"]}";
    private static final UUID O1 = UUID.fromString("40000000-0000-4000-8000-000000000001");
    private static final UUID O2 = UUID.fromString("40000000-0000-4000-8000-000000000002");

    @TempDir
    Path folder;

    private TestConfig config;

    @BeforeEach
    void writeConfig() {
        config = TestConfig.create(folder);
    }

    private Connection connect(String query) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(query));
    }

    private static ScriptedCursor twoOrders() {
        return ScriptedCursor.rows(2, List.of(new Object[] {O1, "paid"}, new Object[] {O2.toString(), null}));
    }

    private static String state(Throwable e) {
        return ((SQLException) e).getSQLState();
    }

    @Test
    void theDriverIsRegisteredForMultiDbUrlsOnly() throws SQLException {
        Driver driver = DriverManager.getDriver("jdbc:multidb:classpath:multidb.json");

        assertThat(driver).isInstanceOf(MultiDbDriver.class);
        assertThat(driver.acceptsURL("jdbc:postgresql://localhost/x")).isFalse();
        assertThat(driver.connect("jdbc:postgresql://localhost/x", new Properties())).isNull();
        assertThat(driver.getMajorVersion()).isZero();
        assertThat(driver.getMinorVersion()).isEqualTo(1);
        assertThat(driver.jdbcCompliant()).isFalse();
    }

    @Test
    void propertyInfoShowsTheUrlAndPropertiesValues() throws SQLException {
        Properties info = new Properties();
        info.setProperty("debug", "true");

        DriverPropertyInfo[] infos = DriverManager.getDriver("jdbc:multidb:").getPropertyInfo("jdbc:multidb:?roles=admin", info);

        assertThat(infos).extracting(property -> property.name + "=" + property.value)
                .contains("roles=admin", "debug=true", "timeZone=UTC", "serviceRoles=null");
        assertThat(DriverManager.getDriver("jdbc:multidb:").getPropertyInfo("jdbc:multidb:ftp:x?%%", null)).hasSize(ConnectionProperty.values().length);
    }

    @Test
    void jsonQueryStreamsRowsWithTheirMetadata() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> twoOrders());

            ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS);

            assertThat(config.pgMain().lastCall().sql()).contains("FROM").contains("orders");
            ResultSetMetaData meta = rows.getMetaData();
            assertThat(meta.getColumnCount()).isEqualTo(2);
            assertThat(meta.getColumnLabel(1)).isEqualTo("id");
            assertThat(meta.getColumnName(1)).isEqualTo("id");
            assertThat(meta.getTableName(1)).isEqualTo("orders");
            assertThat(meta.getColumnType(1)).isEqualTo(Types.OTHER);
            assertThat(meta.getColumnTypeName(1)).isEqualTo("uuid");
            assertThat(meta.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
            assertThat(meta.getColumnType(2)).isEqualTo(Types.VARCHAR);
            MultiDbResultSetMetaData multiDb = meta.unwrap(MultiDbResultSetMetaData.class);
            assertThat(multiDb.strategy()).contains(Strategy.DIRECT);
            assertThat(multiDb.targetDatabase()).contains("pg-main");
            assertThat(multiDb.dialect()).contains(DialectName.POSTGRES);
            assertThat(multiDb.isMasked(2)).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject(1)).isEqualTo(O1);
            assertThat(rows.getString("status")).isEqualTo("paid");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject("id", UUID.class)).isEqualTo(O2);
            assertThat(rows.getString(2)).isNull();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.next()).isFalse();
            assertThat(rows.getStatement()).isSameAs(statement);
            assertThat(statement.getResultSet()).isSameAs(rows);
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
        }
    }

    @Test
    void preparedJsonTemplatesBindValuesPositionally() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement("{\"from\":\"orders\",\"columns\":[\"id\",\"status\"],"
                        + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":?},{\"column\":\"total\",\"operator\":\">\",\"value\":?},"
                        + "{\"column\":\"status\",\"operator\":\"!=\",\"value\":\"?\"}]}")) {
            config.pgMain().script((sql, params, options) -> twoOrders());
            statement.setString(1, "paid");
            statement.setBigDecimal(2, new BigDecimal("10.50"));

            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }

            assertThat(config.pgMain().lastCall().params()).containsExactly("paid", new BigDecimal("10.50"), "?");
            assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(2);
            assertThat(statement.getParameterMetaData().getParameterType(1)).isEqualTo(Types.OTHER);
        }
    }

    @Test
    void countModeGivesOneBigintRow() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(1, List.<Object[]>of(new Object[] {42L})));

            ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"executeMode\":\"count\"}");

            assertThat(config.pgMain().lastCall().sql()).containsIgnoringCase("COUNT(*)");
            assertThat(rows.getMetaData().getColumnCount()).isEqualTo(1);
            assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo("count");
            assertThat(rows.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
            assertThat(rows.getMetaData().unwrap(MultiDbResultSetMetaData.class).targetDatabase()).contains("pg-main");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("count")).isEqualTo(42L);
            assertThat(rows.getObject(1)).isEqualTo(42L);
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void sqlOnlyModeShowsTheSqlWithoutRunningIt() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"],\"executeMode\":\"sql-only\","
                    + "\"filters\":[{\"column\":\"status\",\"operator\":\"in\",\"value\":[\"paid\",\"shipped\"]}]}");

            assertThat(config.pgMain().calls()).isEmpty();
            assertThat(rows.getMetaData().getColumnCount()).isEqualTo(5);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("sql")).contains("orders");
            assertThat(rows.getString("params")).as("the dialect binds an IN list as one array").isEqualTo("[[\"paid\",\"shipped\"]]");
            assertThat(rows.getString("strategy")).isEqualTo("direct");
            assertThat(rows.getString("targetDatabase")).isEqualTo("pg-main");
            assertThat(rows.getString("dialect")).isEqualTo("postgres");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void maskedColumnsReportTheTypeOfTheirMaskedValues() throws SQLException {
        ObjectNode document = TestConfig.document(config.executorUrl());
        // variant fixture (decisions.md §20): orders.total masked with full instead of number
        document.get("metadata").get("tables").forEach(table -> {
            if (table.get("id").asText().equals("orders")) {
                table.get("columns").forEach(column -> {
                    if (column.get("apiName").asText().equals("total")) {
                        ((ObjectNode) column).put("maskingFn", "full");
                    }
                });
            }
        });
        config = new TestConfig(TestConfig.write(folder, document), config.executorUrl());
        try (Connection connection = connect("roles=tenant-user"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(3, List.<Object[]>of(
                    new Object[] {O1, new BigDecimal("120.50"), Instant.parse("2024-03-05T10:00:00Z")})));

            ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"createdAt\"]}");

            MultiDbResultSetMetaData meta = rows.getMetaData().unwrap(MultiDbResultSetMetaData.class);
            assertThat(meta.isMasked(2)).isTrue();
            assertThat(meta.getColumnType(2)).isEqualTo(Types.VARCHAR);
            assertThat(meta.isMasked(3)).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("total")).isEqualTo("***");
            assertThat(rows.getObject("total")).isEqualTo("***");
        }
    }

    @Test
    void aMaskThatKeepsTheTypeKeepsIt() throws SQLException {
        try (Connection connection = connect("roles=tenant-user"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(2, List.<Object[]>of(new Object[] {O1, new BigDecimal("120.50")})));

            ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"total\"]}");

            assertThat(rows.getMetaData().getColumnType(2)).isEqualTo(Types.DECIMAL);
            assertThat(rows.getMetaData().unwrap(MultiDbResultSetMetaData.class).isMasked(2)).isTrue();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("0");
        }
    }

    @Test
    void largeResultsStreamWithTheFetchSize() throws SQLException {
        long total = 200_000;
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.generated(2, total,
                    index -> new Object[] {new UUID(0, index), "s" + index}));
            statement.setFetchSize(500);

            long read = 0;
            try (ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS)) {
                ScriptedCursor cursor = config.pgMain().cursors().get(0);
                assertThat(cursor.rowsRead()).isEqualTo(1);
                while (rows.next()) {
                    read++;
                    if (read == 10) {
                        assertThat(cursor.rowsRead()).isEqualTo(10);
                    }
                }
                assertThat(rows.getRow()).isZero();
            }

            assertThat(read).isEqualTo(total);
            assertThat(config.pgMain().lastCall().options().fetchSize()).isEqualTo(500);
            assertThat(config.pgMain().cursors().get(0).isClosed()).isTrue();
        }
    }

    @Test
    void maxRowsBecomesTheLimitAndCapsTheRows() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.generated(2, 10, index -> new Object[] {new UUID(0, index), "s"}));
            statement.setMaxRows(3);

            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }

            assertThat(ids).hasSize(3);
            assertThat(config.pgMain().lastCall().sql()).endsWith("LIMIT 3");
            statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"status\"],\"limit\":2}").close();
            assertThat(config.pgMain().lastCall().sql()).endsWith("LIMIT 2");
            assertThatThrownBy(() -> statement.setMaxRows(-1))
                    .hasMessage("Max rows must not be negative: -1")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("HY024");
        }
    }

    @Test
    void queryTimeoutReachesTheExecutorAndItsExpiryIsASqlTimeoutException() throws SQLException {
        try (Connection connection = connect("roles=admin&queryTimeout=7"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> twoOrders());
            assertThat(statement.getQueryTimeout()).isEqualTo(7);
            statement.executeQuery(ORDERS_ID_STATUS).close();
            assertThat(config.pgMain().lastCall().options().timeoutMs()).contains(7000L);

            statement.setQueryTimeout(1);
            config.pgMain().script((sql, params, options) -> {
                throw new ExecutorTimeoutException(options.timeoutMs().orElseThrow(), null, Optional.of("57014"), Optional.empty());
            });

            assertThatThrownBy(() -> statement.executeQuery(ORDERS_ID_STATUS))
                    .isExactlyInstanceOf(SQLTimeoutException.class)
                    .hasMessageStartingWith("QUERY_TIMEOUT: Query timed out after 1000 ms on pg-main")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("HYT00");
        }
    }

    @Test
    void cancelFromAnotherThreadStopsAStreamingStatement() throws Exception {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.blocking(2, 100, index -> new Object[] {new UUID(0, index), "s"}, 5));
            ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS);
            ScriptedCursor cursor = config.pgMain().cursors().get(0);
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                cursor.awaitBlocked();
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThatThrownBy(() -> {
                while (rows.next()) {
                    rows.getString(1);
                }
            }).isExactlyInstanceOf(SQLException.class)
                    .hasMessageStartingWith("statement cancelled by Statement.cancel(): QUERY_FAILED:")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("57014");
            canceller.get(10, TimeUnit.SECONDS);
            assertThat(cursor.isCancelled()).isTrue();
            assertThat(cursor.isClosed()).isTrue();
            config.pgMain().script((sql, params, options) -> twoOrders());
            try (ResultSet again = statement.executeQuery(ORDERS_ID_STATUS)) {
                assertThat(again.next()).as("a cancel stops one statement, not the next one").isTrue();
            }
        }
    }

    @Test
    void cancelBeforeTheFirstRowFailsExecuteQuery() throws Exception {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.blocking(2, 100, index -> new Object[] {new UUID(0, index), "s"}, 0));
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                while (config.pgMain().cursors().isEmpty()) {
                    Thread.onSpinWait();
                }
                config.pgMain().cursors().get(0).awaitBlocked();
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThatThrownBy(() -> statement.executeQuery(ORDERS_ID_STATUS))
                    .isExactlyInstanceOf(SQLException.class)
                    .extracting(EmbeddedDriverTest::state).isEqualTo("57014");
            canceller.get(10, TimeUnit.SECONDS);
            assertThat(config.pgMain().cursors().get(0).isClosed()).isTrue();
        }
    }

    @Test
    void closingAStatementClosesItsResultSetAndTheCursor() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            config.pgMain().script((sql, params, options) -> twoOrders());
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS);

            statement.close();

            assertThat(rows.isClosed()).isTrue();
            assertThat(config.pgMain().cursors().get(0).isClosed()).isTrue();
            assertThatThrownBy(() -> statement.executeQuery(ORDERS_ID_STATUS))
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("Statement is closed")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("HY010");
            assertThatThrownBy(rows::next).isExactlyInstanceOf(SQLException.class).hasMessage("Result set is closed");
            statement.close();
        }
    }

    @Test
    void aNewQueryClosesThePreviousResultSet() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> twoOrders());
            ResultSet first = statement.executeQuery(ORDERS_ID_STATUS);

            ResultSet second = statement.executeQuery(ORDERS_ID_STATUS);

            assertThat(first.isClosed()).isTrue();
            assertThat(second.isClosed()).isFalse();
            assertThat(statement.getMoreResults()).isFalse();
            assertThat(second.isClosed()).isTrue();
            assertThat((Object) statement.getResultSet()).isNull();
        }
    }

    @Test
    void closeOnCompletionClosesTheStatementWithItsResultSet() throws SQLException {
        try (Connection connection = connect("roles=admin")) {
            config.pgMain().script((sql, params, options) -> twoOrders());
            Statement statement = connection.createStatement();
            statement.closeOnCompletion();

            statement.executeQuery(ORDERS_ID_STATUS).close();

            assertThat(statement.isClosed()).isTrue();
        }
    }

    @Test
    void closingAConnectionClosesItsStatements() throws SQLException {
        Connection connection = connect("roles=admin");
        config.pgMain().script((sql, params, options) -> twoOrders());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS);

        connection.close();

        assertThat(statement.isClosed()).isTrue();
        assertThat(rows.isClosed()).isTrue();
        assertThat(connection.isClosed()).isTrue();
        assertThat(connection.isValid(1)).isFalse();
        assertThatThrownBy(connection::createStatement)
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Connection is closed")
                .extracting(EmbeddedDriverTest::state).isEqualTo("08003");
        assertThatThrownBy(() -> statement.executeQuery(ORDERS_ID_STATUS)).hasMessage("Connection is closed");
        connection.close();
    }

    @Test
    void writesAreRefused() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                PreparedStatement prepared = connection.prepareStatement(ORDERS_ID_STATUS)) {
            assertThatThrownBy(() -> statement.executeUpdate(ORDERS_ID_STATUS))
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("executeUpdate is refused: MultiDB connections are read-only; run queries with executeQuery or execute")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("25006");
            assertThatThrownBy(() -> statement.addBatch(ORDERS_ID_STATUS)).extracting(EmbeddedDriverTest::state).isEqualTo("25006");
            assertThatThrownBy(prepared::executeUpdate).extracting(EmbeddedDriverTest::state).isEqualTo("25006");
            assertThatThrownBy(prepared::addBatch).extracting(EmbeddedDriverTest::state).isEqualTo("25006");
            assertThat(statement.executeBatch()).isEmpty();
            assertThatThrownBy(() -> prepared.executeQuery(ORDERS_ID_STATUS))
                    .hasMessage("executeQuery(String) cannot be called on a PreparedStatement: call executeQuery() to run its own text")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("HY010");
        }
    }

    @Test
    void debugPropertyReportsTheDebugLogAsWarnings() throws SQLException {
        try (Connection connection = connect("roles=admin&debug=true"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> twoOrders());

            try (ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS)) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }

            List<String> warnings = new ArrayList<>();
            for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                warnings.add(warning.getMessage());
                assertThat(warning.getSQLState()).isEqualTo("01000");
            }
            assertThat(warnings).anyMatch(message -> message.startsWith("[validation] "))
                    .anyMatch(message -> message.startsWith("[planning] strategy direct on pg-main"))
                    .anyMatch(message -> message.equals("[execution] 2 rows read"));
            statement.clearWarnings();
            assertThat((Object) statement.getWarnings()).isNull();
        }
    }

    @Test
    void withoutDebugThereAreNoWarnings() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> twoOrders());
            statement.executeQuery(ORDERS_ID_STATUS).close();

            assertThat((Object) statement.getWarnings()).isNull();
        }
    }

    @Test
    void connectionsToOneConfigShareOneEngineUntilTheLastCloses() throws SQLException {
        ConfigLocation location = ConfigLocation.parse(config.file().toString());
        Connection first = connect("roles=admin");
        Connection second = connect("serviceRoles=orders-service");
        ScriptedExecutor executor = config.pgMain();

        assertThat(ScriptedExecutorFactory.created(config.executorUrl() + "/pg-main")).isEqualTo(1);
        first.close();
        assertThat(executor.isClosed()).isFalse();
        assertThat(SharedEngines.system().isRunning(location)).isTrue();
        second.close();
        assertThat(executor.isClosed()).isTrue();
        assertThat(SharedEngines.system().isRunning(location)).isFalse();

        try (Connection third = connect("roles=admin")) {
            assertThat(ScriptedExecutorFactory.created(config.executorUrl() + "/pg-main")).isEqualTo(2);
            assertThat(third.isValid(0)).isTrue();
        }
    }

    @Test
    void reloadReadsMetadataAndRolesAgain() throws Exception {
        try (Connection connection = connect("roles=admin")) {
            assertThatThrownBy(() -> connect("roles=auditor")).isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class);
            ObjectNode document = TestConfig.document(config.executorUrl());
            ((com.fasterxml.jackson.databind.node.ArrayNode) document.get("roles")).addObject().put("id", "auditor").put("tables", "*");
            java.nio.file.Files.writeString(config.file(), com.mkven.multidb.json.MultiDbJson.write(document));

            connection.unwrap(MultiDbConnection.class).reload();

            try (Connection auditor = connect("roles=auditor")) {
                assertThat(auditor.unwrap(MultiDbConnection.class).executionContext().roles().user()).contains(List.of("auditor"));
            }
        }
    }

    @Test
    void reloadTakesAnEditOfMetadataAndRolesTogether() throws Exception {
        try (Connection connection = connect("roles=tenant-user"); Statement statement = connection.createStatement()) {
            ObjectNode document = TestConfig.document(config.executorUrl());
            renameOrdersTotal(document);
            Files.writeString(config.file(), MultiDbJson.write(document));

            connection.unwrap(MultiDbConnection.class).reload();

            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(2, List.of()));
            try (ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"grandTotal\"]}")) {
                assertThat(rows.getMetaData().getColumnLabel(2)).isEqualTo("grandTotal");
            }
            assertThat(config.pgMain().lastCall().sql()).contains("total_amount");
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"total\"]}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageContaining("UNKNOWN_COLUMN: Column 'orders.total' does not exist");
        }
    }

    /** Renames {@code orders.total} to {@code grandTotal} in the metadata and in tenant-user's grant, which names it. */
    private static void renameOrdersTotal(ObjectNode document) {
        for (JsonNode table : document.get("metadata").get("tables")) {
            if (table.get("id").asText().equals("orders")) {
                for (JsonNode column : table.get("columns")) {
                    if (column.get("apiName").asText().equals("total")) {
                        ((ObjectNode) column).put("apiName", "grandTotal");
                    }
                }
            }
        }
        for (JsonNode role : document.get("roles")) {
            if (role.get("id").asText().equals("tenant-user")) {
                for (JsonNode grant : role.get("tables")) {
                    if (grant.get("tableId").asText().equals("orders")) {
                        renameIn((ArrayNode) grant.get("allowedColumns"), "total", "grandTotal");
                        renameIn((ArrayNode) grant.get("maskedColumns"), "total", "grandTotal");
                    }
                }
            }
        }
    }

    private static void renameIn(ArrayNode names, String from, String to) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).asText().equals(from)) {
                names.set(i, to);
            }
        }
    }

    @Test
    void aFailedReloadKeepsTheConfigurationInForce() throws Exception {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            java.nio.file.Files.writeString(config.file(), "{\"metadata\": {}");

            assertThatThrownBy(() -> connection.unwrap(MultiDbConnection.class).reload())
                    .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                    .hasMessageStartingWith("Config file " + ConfigLocation.parse(config.file().toString()) + ": Invalid JSON at $")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("08001");
            config.pgMain().script((sql, params, options) -> twoOrders());
            try (ResultSet rows = statement.executeQuery(ORDERS_ID_STATUS)) {
                assertThat(rows.next()).isTrue();
            }
        }
    }

    @Test
    void aConnectionWithoutRolesIsRefused() {
        assertThatThrownBy(() -> connect(""))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessage("No roles: give the connection property roles or serviceRoles (or defaultRoles in the config file)")
                .extracting(EmbeddedDriverTest::state).isEqualTo("28000");
    }

    @Test
    void unknownRolesAreRefusedAtConnect() {
        assertThatThrownBy(() -> connect("roles=admin,ghost&serviceRoles=phantom"))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessage("UNKNOWN_ROLE: unknown roles ghost, phantom; defined roles: admin, analytics-reader, full-service, no-access, "
                        + "orders-service, regional-manager, tenant-user")
                .extracting(EmbeddedDriverTest::state).isEqualTo("28000");
    }

    @Test
    void defaultRolesApplyWhenTheConnectionNamesNone() throws SQLException {
        ObjectNode document = TestConfig.document(config.executorUrl());
        document.putObject("defaultRoles").putArray("service").add("orders-service");
        config = new TestConfig(TestConfig.write(folder, document), config.executorUrl());

        try (Connection defaults = connect(""); Connection own = connect("roles=admin")) {
            assertThat(defaults.unwrap(MultiDbConnection.class).executionContext().roles().service()).contains(List.of("orders-service"));
            assertThat(defaults.unwrap(MultiDbConnection.class).executionContext().roles().user()).isEmpty();
            assertThat(own.unwrap(MultiDbConnection.class).executionContext().roles().service()).isEmpty();
        }
    }

    @Test
    void anEmptyRoleScopeConnectsButGrantsNothing() throws SQLException {
        try (Connection connection = connect("roles="); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery(ORDERS_ID_STATUS))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("VALIDATION_FAILED: Validation failed: 1 error\n  - ACCESS_DENIED:")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("42501");
        }
    }

    @Test
    void validationErrorsAreSyntaxErrors() throws SQLException {
        try (Connection connection = connect("roles=tenant-user"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"internalNote\"]}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("VALIDATION_FAILED: Validation failed: 1 error\n  - ACCESS_DENIED:")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("42501");
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"nope\"]}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("VALIDATION_FAILED: Validation failed: 1 error\n  - UNKNOWN_COLUMN:")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("42000");
        }
    }

    @Test
    void jsonWithAWrongShapeNamesThePath() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"filters\":{\"column\":\"status\"}}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $.filters:")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("42000");
            assertThatThrownBy(() -> statement.executeQuery("  {\"form\":\"orders\"}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessage("INVALID_JSON: Invalid JSON at $.from: missing required field 'from'");
        }
    }

    @Test
    void theWrongNumberOfParameters() throws SQLException {
        String template = "{\"from\":\"orders\",\"columns\":[\"id\",\"status\"],\"filters\":[{\"column\":\"status\",\"operator\":\"in\",\"value\":[?,?]}]}";
        try (Connection connection = connect("roles=admin"); PreparedStatement statement = connection.prepareStatement(template);
                Statement plain = connection.createStatement()) {
            statement.setString(1, "paid");

            assertThatThrownBy(statement::executeQuery)
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("The statement has 2 parameter markers but 1 value is bound: parameter 2 not set")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("07001");
            assertThatThrownBy(() -> statement.setString(3, "x"))
                    .hasMessage("Parameter 3 does not exist: the statement has 2 parameter markers")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("07001");
            assertThatThrownBy(() -> statement.setString(0, "x"))
                    .hasMessage("Parameter indexes start at 1, got 0")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("07009");
            statement.clearParameters();
            assertThatThrownBy(statement::executeQuery)
                    .hasMessage("The statement has 2 parameter markers but 0 values are bound: parameters 1, 2 not set");
            assertThatThrownBy(() -> plain.executeQuery(template))
                    .hasMessage("The statement has 2 parameter markers but a Statement binds no values: use Connection.prepareStatement and set them")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("07001");
        }
    }

    @Test
    void unbindableValuesFailAtTheirSetter() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement("{\"from\":\"orders\",\"limit\":?}")) {
            assertThatThrownBy(() -> statement.setBytes(1, new byte[] {1}))
                    .isExactlyInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessage("Cannot bind parameter 1: binary values: no MultiDB column type is binary");
            assertThatThrownBy(() -> statement.setObject(1, new Object()))
                    .extracting(EmbeddedDriverTest::state).isEqualTo("07006");
        }
    }

    @Test
    void preparedMetaDataComesFromThePlanWithoutRunningIt() throws SQLException {
        try (Connection connection = connect("roles=tenant-user");
                PreparedStatement statement = connection.prepareStatement("{\"from\":\"orders\",\"columns\":[\"id\",\"total\"],"
                        + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":?}]}")) {
            ResultSetMetaData meta = statement.getMetaData();

            assertThat(meta.getColumnCount()).isEqualTo(2);
            assertThat(meta.getColumnLabel(2)).isEqualTo("total");
            assertThat(meta.getColumnType(2)).isEqualTo(Types.DECIMAL);
            assertThat(meta.unwrap(MultiDbResultSetMetaData.class).isMasked(2)).isTrue();
            assertThat(config.pgMain().calls()).isEmpty();
        }
    }

    @Test
    void aDatabaseWithoutExecutorIsNoConnection() throws SQLException {
        ObjectNode document = TestConfig.document(config.executorUrl());
        ((ObjectNode) document.get("executors")).remove("pg-tenant");
        config = new TestConfig(TestConfig.write(folder, document), config.executorUrl());
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"tenants\",\"columns\":[\"id\"]}"))
                    .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                    .hasMessage("EXECUTOR_MISSING: No executor registered for pg-tenant")
                    .extracting(EmbeddedDriverTest::state).isEqualTo("08003");
        }
    }

    @Test
    void aRemoteUrlGoesToTheServerItNames() {
        // port 1 on loopback: nothing listens, so the connection is refused at once (remote mode is tested in tck-tests)
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:multidb://127.0.0.1:1?roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("Cannot connect to the MultiDB server at http://127.0.0.1:1: NETWORK_ERROR: ")
                .extracting(EmbeddedDriverTest::state).isEqualTo("08001");
    }

    @Test
    void missingConfigFile() {
        Path absent = folder.resolve("absent.json");

        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:multidb:file:" + absent + "?roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Config file file:" + absent + ": cannot read it: file not found: " + absent)
                .extracting(EmbeddedDriverTest::state).isEqualTo("08001");
    }

    @Test
    void anInvalidConfigurationListsEveryIssue() {
        ObjectNode document = TestConfig.document(config.executorUrl());
        ((com.fasterxml.jackson.databind.node.ArrayNode) document.get("roles")).addObject().put("id", "admin").put("tables", "*");
        config = new TestConfig(TestConfig.write(folder, document), config.executorUrl());

        assertThatThrownBy(() -> connect("roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("CONFIG_INVALID: Config invalid: 1 error\n  - INVALID_REFERENCE:")
                .extracting(EmbeddedDriverTest::state).isEqualTo("08001");
    }

    @Test
    void anUnknownExecutorTypeListsTheAvailableOnes() {
        ObjectNode document = TestConfig.document(config.executorUrl());
        ((ObjectNode) document.get("executors").get("pg-main")).put("type", "postgress");
        config = new TestConfig(TestConfig.write(folder, document), config.executorUrl());

        assertThatThrownBy(() -> connect("roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Config file " + ConfigLocation.parse(config.file().toString())
                        + ": $.executors.pg-main.type: unknown type 'postgress'; available types: scripted")
                .extracting(EmbeddedDriverTest::state).isEqualTo("08001");
    }

    @Test
    void settingsAFactoryRejectsAreReportedWithTheirPath() {
        ObjectNode document = TestConfig.document(config.executorUrl());
        ((ObjectNode) document.get("executors").get("pg-tenant")).putObject("pool").put("fail", "pool.maxSize must be positive");
        config = new TestConfig(TestConfig.write(folder, document), config.executorUrl());

        assertThatThrownBy(() -> connect("roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Config file " + ConfigLocation.parse(config.file().toString()) + ": $.executors.pg-tenant: pool.maxSize must be positive");
        assertThat(config.pgMain().isClosed()).as("executors created before the failure are closed").isTrue();
    }

    @Test
    void anUnknownConnectionPropertyIsRefused() {
        assertThatThrownBy(() -> connect("roles=admin&rols=x"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("Unknown connection property 'rols' in the URL; known properties: roles, serviceRoles,")
                .extracting(EmbeddedDriverTest::state).isEqualTo("08001");
    }

    @Test
    void connectionsAreReadOnlyAndTheirTransactionCallsAreNoOps() throws SQLException {
        try (Connection connection = connect("roles=admin&user=ann")) {
            connection.setReadOnly(true);
            connection.setReadOnly(false);
            connection.setAutoCommit(false);
            connection.commit();
            connection.rollback();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);

            assertThat(connection.isReadOnly()).isTrue();
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isValid(0)).isTrue();
            assertThat(connection.getCatalog()).isEqualTo("multidb");
            assertThatThrownBy(() -> connection.prepareCall("{call x()}"))
                    .isExactlyInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessage("Not supported: prepareCall: MultiDB has no stored procedures");
            assertThatThrownBy(connection::setSavepoint).extracting(EmbeddedDriverTest::state).isEqualTo("0A000");
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(meta.getDatabaseProductName()).isEqualTo("MultiDB");
            assertThat(meta.getDatabaseProductVersion()).startsWith("0.1.0");
            assertThat(meta.getURL()).isEqualTo(config.jdbcUrl("roles=admin&user=ann"));
            assertThat(meta.getUserName()).isEqualTo("ann");
            assertThat(meta.isReadOnly()).isTrue();
            assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
            assertThat(meta.getConnection()).isSameAs(connection);
            assertThat(meta.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)).isFalse();
        }
    }

    @Test
    void scrollableStatementsAreDowngradedWithAWarning() throws SQLException {
        try (Connection connection = connect("roles=admin");
                Statement statement = connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE)) {
            assertThat(statement.getResultSetType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
            assertThat(connection.getWarnings().getMessage())
                    .isEqualTo("Result sets are TYPE_FORWARD_ONLY and CONCUR_READ_ONLY instead of the kind asked for");
        }
    }

    @Test
    void theDataSourceConnectsWithItsProperties() throws SQLException {
        MultiDbDataSource dataSource = new MultiDbDataSource(config.jdbcUrl("roles=tenant-user"));
        dataSource.setRoles("admin");
        dataSource.setServiceRoles("orders-service");
        dataSource.setTimeZone("Europe/Berlin");

        try (Connection connection = dataSource.getConnection()) {
            MultiDbConnection multiDb = connection.unwrap(MultiDbConnection.class);
            assertThat(multiDb.executionContext().roles().user()).contains(List.of("admin"));
            assertThat(multiDb.executionContext().roles().service()).contains(List.of("orders-service"));
        }
        dataSource.setRoles(null);
        try (Connection connection = dataSource.getConnection("ann", "pw")) {
            assertThat(connection.unwrap(MultiDbConnection.class).executionContext().roles().user()).contains(List.of("tenant-user"));
            assertThat(connection.getMetaData().getUserName()).isEqualTo("ann");
        }
    }

    @Test
    void aDataSourceWithoutUrl() {
        assertThatThrownBy(() -> new MultiDbDataSource().getConnection())
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("MultiDbDataSource has no url: set one such as jdbc:multidb:classpath:multidb.json");
        assertThatThrownBy(() -> new MultiDbDataSource("jdbc:h2:mem:x").getConnection())
                .hasMessage("Not a MultiDB URL (expected jdbc:multidb:…): jdbc:h2:mem:x");
    }

    @Test
    void theDefaultConfigComesFromTheSystemProperty() throws SQLException {
        String previous = System.getProperty(ConfigLocation.SYSTEM_PROPERTY);
        System.setProperty(ConfigLocation.SYSTEM_PROPERTY, "classpath:multidb-test.json");
        try (Connection connection = DriverManager.getConnection("jdbc:multidb:")) {
            assertThat(connection.unwrap(MultiDbConnection.class).executionContext().roles().user()).contains(List.of("admin"));
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigLocation.SYSTEM_PROPERTY);
            } else {
                System.setProperty(ConfigLocation.SYSTEM_PROPERTY, previous);
            }
        }
    }
}
