package com.mkven.multidb.tck.jdbc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.jdbc.MultiDbResultSetMetaData;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.tck.seed.PostgresSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC driver in embedded mode on the seeded PostgreSQL databases and Redis. */
class JdbcOnPostgresTest {
    private static final int STREAM_ROWS = 200_000;
    private static final String ORDERS_BY_ID = "\"orderBy\":[{\"column\":\"id\",\"direction\":\"asc\"}]";
    private static final UUID O1 = UUID.fromString("40000000-0000-4000-8000-000000000001");

    @TempDir
    static Path folder;

    private static Path config;
    /** Holds the shared engine for the whole class, as a pool would. */
    private static Connection keeper;

    @BeforeAll
    static void startEngine() throws SQLException {
        JdbcFixture.seed();
        try (Connection pg = PostgresSeed.connect("pg_main"); Statement ddl = pg.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS public.jdbc_stream_rows");
            ddl.execute("CREATE TABLE public.jdbc_stream_rows AS SELECT g AS n, 'row ' || g AS label FROM generate_series(1, " + STREAM_ROWS + ") g");
            // ten seconds of work before the first row, which no SELECT MultiDB writes could cause on the fixture
            ddl.execute("CREATE OR REPLACE VIEW public.jdbc_slow_rows AS SELECT 1 AS n FROM pg_sleep(10)");
        }
        ObjectNode document = JdbcFixture.document();
        // a variant of the fixture (decisions.md §20): a table large enough to stream
        ObjectNode table = ((ArrayNode) document.get("metadata").get("tables")).addObject()
                .put("id", "stream-rows").put("apiName", "streamRows").put("database", "pg-main").put("physicalName", "public.jdbc_stream_rows");
        ArrayNode columns = table.putArray("columns");
        columns.addObject().put("apiName", "n").put("physicalName", "n").put("type", "int").put("nullable", false);
        columns.addObject().put("apiName", "label").put("physicalName", "label").put("type", "string").put("nullable", false);
        table.putArray("primaryKey").add("n");
        ObjectNode slow = ((ArrayNode) document.get("metadata").get("tables")).addObject()
                .put("id", "slow-rows").put("apiName", "slowRows").put("database", "pg-main").put("physicalName", "public.jdbc_slow_rows");
        slow.putArray("columns").addObject().put("apiName", "n").put("physicalName", "n").put("type", "int").put("nullable", false);
        slow.putArray("primaryKey").add("n");
        config = JdbcFixture.write(folder, document);
        keeper = connect("roles=admin");
    }

    @AfterAll
    static void stopEngine() throws SQLException {
        keeper.close();
    }

    private static Connection connect(String properties) throws SQLException {
        return DriverManager.getConnection(JdbcFixture.url(config, properties));
    }

    private static List<String> column(ResultSet rows, String label) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(label));
        }
        return values;
    }

    @Test
    void aStatementRunsAJsonQuery() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"status\"]," + ORDERS_BY_ID + "}")) {
            assertThat(column(rows, "status")).containsExactly("active", "shipped", "cancelled", "active", "pending", "cancelled", "shipped");
        }
    }

    @Test
    void aPreparedStatementBindsAndRebindsItsMarkers() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement("{\"from\":\"orders\",\"columns\":[\"id\"],"
                        + "\"filters\":[{\"column\":\"status\",\"operator\":\"in\",\"value\":?},{\"column\":\"quantity\",\"operator\":\">=\",\"value\":?}],"
                        + ORDERS_BY_ID + "}")) {
            statement.setObject(1, List.of("shipped", "active"));
            statement.setInt(2, 2);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(column(rows, "id")).containsExactly("40000000-0000-4000-8000-000000000002",
                        "40000000-0000-4000-8000-000000000004", "40000000-0000-4000-8000-000000000007");
            }

            statement.setObject(1, new String[] {"cancelled"});
            statement.setLong(2, 1);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(column(rows, "id")).containsExactly("40000000-0000-4000-8000-000000000003", "40000000-0000-4000-8000-000000000006");
            }
        }
    }

    @Test
    void sqlOfTheSubsetRunsOnPostgres() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, total FROM orders WHERE status IN (?, ?) AND total > ? ORDER BY total DESC")) {
            statement.setString(1, "active");
            statement.setString(2, "shipped");
            statement.setBigDecimal(3, new BigDecimal("100"));
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(column(rows, "total")).containsExactly("1200.00", "250.00", "150.00");
            }
        }
    }

    @Test
    void sqlAggregatesComeInSelectListOrder() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) AS n, SUM(total) AS revenue, status FROM orders GROUP BY status HAVING n > 1 ORDER BY status")) {
            assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo("n");
            assertThat(rows.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
            List<String> groups = new ArrayList<>();
            while (rows.next()) {
                groups.add(rows.getString(3) + "=" + rows.getLong(1) + "/" + rows.getBigDecimal(2).toPlainString());
            }
            assertThat(groups).containsExactly("active=2/1275.50", "cancelled=2/5.00", "shipped=2/400.00");
        }
    }

    @Test
    void countModeCountsOnTheDatabase() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement("{\"from\":\"orders\",\"executeMode\":\"count\","
                        + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":?}]}")) {
            statement.setString(1, "active");
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong("count")).isEqualTo(2);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void sqlOnlyShowsThePostgresSql() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"],\"executeMode\":\"sql-only\","
                        + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"active\"}]}")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("sql")).contains("\"public\".\"orders\"").contains("$1");
            assertThat(rows.getString("params")).isEqualTo("[\"active\"]");
            assertThat(rows.getString("strategy")).isEqualTo("direct");
            assertThat(rows.getString("targetDatabase")).isEqualTo("pg-main");
            assertThat(rows.getString("dialect")).isEqualTo("postgres");
        }
    }

    @Test
    @DisplayName("#14b tenant-user reads masked values through getString and getBigDecimal")
    void maskedValuesThroughTheGetters() throws SQLException {
        try (Connection connection = connect("roles=tenant-user"); Statement statement = connection.createStatement()) {
            try (ResultSet users = statement.executeQuery("{\"from\":\"users\",\"columns\":[\"id\",\"email\",\"firstName\"],"
                    + "\"filters\":[{\"column\":\"firstName\",\"operator\":\"=\",\"value\":\"John\"}]}")) {
                MultiDbResultSetMetaData meta = users.getMetaData().unwrap(MultiDbResultSetMetaData.class);
                assertThat(meta.isMasked(2)).isTrue();
                assertThat(meta.isMasked(3)).isFalse();
                assertThat(meta.getColumnType(2)).isEqualTo(Types.VARCHAR);
                assertThat(users.next()).isTrue();
                assertThat(users.getString("email")).isEqualTo("a***@***.com");
                assertThat(users.getString("firstName")).isEqualTo("John");
            }
            try (ResultSet orders = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"total\"]," + ORDERS_BY_ID + "}")) {
                assertThat(orders.getMetaData().getColumnType(2)).isEqualTo(Types.DECIMAL);
                assertThat(orders.next()).isTrue();
                assertThat(orders.getBigDecimal("total")).isEqualByComparingTo("0");
                assertThat(orders.getString("total")).isEqualTo("0");
            }
        }
    }

    @Test
    void regionalManagerSeesPhonesMasked() throws SQLException {
        try (Connection connection = connect("roles=regional-manager"); Statement statement = connection.createStatement();
                ResultSet users = statement.executeQuery("{\"from\":\"users\",\"columns\":[\"phone\",\"lastName\"],"
                        + "\"filters\":[{\"column\":\"firstName\",\"operator\":\"=\",\"value\":\"John\"}]}")) {
            assertThat(users.next()).isTrue();
            assertThat(users.getString("phone")).isEqualTo("+1***890");
            assertThat(users.getString("lastName")).isEqualTo("Smith");
        }
    }

    @Test
    void everyGetterOnEveryValueTypeOfARealRow() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"discount\",\"status\",\"createdAt\","
                        + "\"quantity\",\"isPaid\",\"priorities\"],\"filters\":[{\"column\":\"id\",\"operator\":\"=\",\"value\":\"" + O1 + "\"}]}")) {
            ResultSetMetaData meta = rows.getMetaData();
            assertThat(meta.getColumnType(1)).isEqualTo(Types.OTHER);
            assertThat(meta.getColumnTypeName(1)).isEqualTo("uuid");
            assertThat(meta.getColumnType(2)).isEqualTo(Types.DECIMAL);
            assertThat(meta.getColumnType(4)).isEqualTo(Types.VARCHAR);
            assertThat(meta.getColumnType(5)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
            assertThat(meta.getColumnType(6)).isEqualTo(Types.INTEGER);
            assertThat(meta.getColumnType(7)).isEqualTo(Types.BOOLEAN);
            assertThat(meta.getColumnType(8)).isEqualTo(Types.ARRAY);
            assertThat(meta.getColumnTypeName(8)).isEqualTo("INTEGER ARRAY");
            assertThat(rows.next()).isTrue();

            assertThat(rows.getString("id")).isEqualTo(O1.toString());
            assertThat(rows.getObject("id")).isEqualTo(O1);
            assertThat(rows.getObject("id", UUID.class)).isEqualTo(O1);

            assertThat(rows.getBigDecimal("total")).isEqualByComparingTo("1200.00");
            assertThat(rows.getString("total")).isEqualTo("1200.00");
            assertThat(rows.getInt("total")).isEqualTo(1200);
            assertThat(rows.getLong("total")).isEqualTo(1200L);
            assertThat(rows.getDouble("total")).isEqualTo(1200.0);
            assertThat(rows.getObject("total")).isInstanceOf(BigDecimal.class);

            assertThat(rows.getBigDecimal("discount")).isNull();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.getDouble("discount")).isZero();
            assertThat(rows.wasNull()).isTrue();

            assertThat(rows.getString("status")).isEqualTo("active");
            assertThat(rows.wasNull()).isFalse();

            assertThat(rows.getObject("createdAt", Instant.class)).isEqualTo(Instant.parse("2024-03-15T10:00:00Z"));
            assertThat(rows.getObject("createdAt", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2024-03-15T10:00:00Z"));
            assertThat(rows.getObject("createdAt", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 3, 15, 10, 0));
            assertThat(rows.getTimestamp("createdAt")).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2024, 3, 15, 10, 0)));
            assertThat(rows.getDate("createdAt")).isEqualTo(Date.valueOf("2024-03-15"));
            assertThat(rows.getString("createdAt")).isEqualTo("2024-03-15T10:00:00Z");

            assertThat(rows.getInt("quantity")).isEqualTo(1);
            assertThat(rows.getLong("quantity")).isEqualTo(1L);
            assertThat(rows.getShort("quantity")).isEqualTo((short) 1);
            assertThat(rows.getString("quantity")).isEqualTo("1");
            assertThat(rows.getBigDecimal("quantity")).isEqualByComparingTo("1");
            assertThat(rows.getObject("quantity")).isEqualTo(1);

            assertThat(rows.getBoolean("isPaid")).isTrue();
            assertThat(rows.getString("isPaid")).isEqualTo("true");
            assertThat(rows.getInt("isPaid")).isEqualTo(1);

            Array priorities = rows.getArray("priorities");
            assertThat(priorities.getBaseType()).isEqualTo(Types.INTEGER);
            assertThat((Integer[]) priorities.getArray()).containsExactly(1, 2, 3);
            assertThat(rows.getString("priorities")).isEqualTo("[1,2,3]");
            assertThat(rows.getObject("priorities", List.class)).isEqualTo(List.of(1, 2, 3));
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void nullsOfEveryKindReadAsNullWithWasNull() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"isPaid\",\"priorities\",\"internalNote\"],"
                        + "\"filters\":[{\"column\":\"id\",\"operator\":\"=\",\"value\":\"40000000-0000-4000-8000-000000000004\"}]}")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBoolean("isPaid")).isFalse();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.getArray("priorities")).isNull();
            assertThat(rows.wasNull()).isTrue();
            assertThat(rows.getString("internalNote")).isNull();
            assertThat(rows.wasNull()).isTrue();
        }
    }

    @Test
    void datesAndStringArraysFromTheTenantDatabase() throws SQLException {
        try (Connection connection = connect("roles=admin&timeZone=Europe/Berlin"); Statement statement = connection.createStatement()) {
            try (ResultSet invoices = statement.executeQuery("{\"from\":\"invoices\",\"columns\":[\"dueDate\",\"paidAt\"],"
                    + "\"filters\":[{\"column\":\"id\",\"operator\":\"=\",\"value\":\"50000000-0000-4000-8000-000000000001\"}]}")) {
                assertThat(invoices.getMetaData().getColumnType(1)).isEqualTo(Types.DATE);
                assertThat(invoices.next()).isTrue();
                assertThat(invoices.getDate("dueDate")).isEqualTo(Date.valueOf("2024-04-15"));
                assertThat(invoices.getObject("dueDate", LocalDate.class)).isEqualTo(LocalDate.of(2024, 4, 15));
                assertThat(invoices.getString("dueDate")).isEqualTo("2024-04-15");
                assertThat(invoices.getString("paidAt")).as("instants render in the connection's zone").isEqualTo("2024-03-20T01:00:00+01:00");
                assertThat(invoices.getTimestamp("paidAt").toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 20, 1, 0));
            }
            try (ResultSet products = statement.executeQuery("{\"from\":\"products\",\"columns\":[\"labels\"],"
                    + "\"filters\":[{\"column\":\"name\",\"operator\":\"=\",\"value\":\"Laptop Pro\"}]}")) {
                assertThat(products.next()).isTrue();
                assertThat((String[]) products.getArray(1).getArray()).containsExactly("sale", "new");
            }
        }
    }

    @Test
    void cachedTablesAreServedFromRedis() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet users = statement.executeQuery("{\"from\":\"users\",\"columns\":[\"id\",\"firstName\"],"
                        + "\"byIds\":[\"20000000-0000-4000-8000-000000000002\",\"20000000-0000-4000-8000-000000000001\"]}")) {
            MultiDbResultSetMetaData meta = users.getMetaData().unwrap(MultiDbResultSetMetaData.class);
            assertThat(meta.strategy()).contains(Strategy.CACHE);
            assertThat(meta.targetDatabase()).contains("redis-main");
            assertThat(column(users, "firstName")).containsExactly("Jane", "John");
        }
    }

    @Test
    void maxRowsLimitsARealQuery() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            statement.setMaxRows(3);
            try (ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"status\"]," + ORDERS_BY_ID + "}")) {
                assertThat(column(rows, "status")).containsExactly("active", "shipped", "cancelled");
            }
        }
    }

    @Test
    void aLargeResultStreamsWithTheFetchSize() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            long count = 0;
            long sum = 0;
            try (ResultSet rows = statement.executeQuery("{\"from\":\"streamRows\",\"columns\":[\"n\",\"label\"]}")) {
                while (rows.next()) {
                    count++;
                    sum += rows.getInt(1);
                    if (rows.getInt(1) == 4711) {
                        assertThat(rows.getString("label")).isEqualTo("row 4711");
                    }
                }
            }
            assertThat(count).isEqualTo(STREAM_ROWS);
            assertThat(sum).isEqualTo((long) STREAM_ROWS * (STREAM_ROWS + 1) / 2);
        }
    }

    @Test
    void cancelStopsAStreamBeingRead() throws Exception {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            statement.setFetchSize(100);
            ResultSet rows = statement.executeQuery("{\"from\":\"streamRows\",\"columns\":[\"n\"]}");
            for (int i = 0; i < 150; i++) {
                assertThat(rows.next()).isTrue();
            }

            CompletableFuture.runAsync(() -> {
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> {
                while (rows.next()) {
                    rows.getInt(1);
                }
            }).isExactlyInstanceOf(SQLException.class)
                    .hasMessageStartingWith("statement cancelled by Statement.cancel(): QUERY_FAILED: Query failed on pg-main (postgres)")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("57014");
            try (ResultSet again = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"]}")) {
                assertThat(again.next()).as("the connection works after a cancel").isTrue();
            }
        }
    }

    @Test
    void cancelStopsAStatementStillWorkingTowardsItsFirstRow() throws Exception {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
            long started = System.nanoTime();

            assertThatThrownBy(() -> statement.executeQuery("SELECT n FROM slowRows"))
                    .isExactlyInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("57014");
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            canceller.get(10, TimeUnit.SECONDS);
            assertThat(elapsedMs).as("stopped by the cancel, not after the view's ten seconds").isBetween(400L, 5_000L);
            System.out.printf("Statement.cancel() before the first row took effect after %d ms%n", elapsedMs);
            try (ResultSet again = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"]}")) {
                assertThat(again.next()).as("the statement runs again after a cancel").isTrue();
            }
        }
    }

    @Test
    void queryTimeoutStopsAStatementWaitingOnALock() throws SQLException {
        try (Connection locker = PostgresSeed.connect("pg_main"); Connection connection = connect("roles=admin");
                Statement statement = connection.createStatement()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE");
                statement.setQueryTimeout(1);
                long start = System.nanoTime();

                assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"]}"))
                        .isExactlyInstanceOf(SQLTimeoutException.class)
                        .hasMessageStartingWith("QUERY_TIMEOUT: Query timed out after 1000 ms on pg-main")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HYT00");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(900L, 5_000L);
            } finally {
                locker.rollback();
            }
        }
    }

    @Test
    @DisplayName("#172 an executor timeoutMs of 100 stops a JDBC query held on a lock with SQLTimeoutException")
    void executorTimeoutThroughJdbc() throws SQLException {
        ObjectNode document = JdbcFixture.document();
        ((ObjectNode) document.get("executors").get("pg-main")).put("timeoutMs", 100);
        Path timed = JdbcFixture.write(folder, document);
        try (Connection locker = PostgresSeed.connect("pg_main");
                Connection connection = DriverManager.getConnection(JdbcFixture.url(timed, "roles=admin"));
                Statement statement = connection.createStatement()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE");

                assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\"}"))
                        .isExactlyInstanceOf(SQLTimeoutException.class)
                        .hasMessageStartingWith("QUERY_TIMEOUT: Query timed out after 100 ms on pg-main")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HYT00");
            } finally {
                locker.rollback();
            }
        }
    }
}
