package com.mkven.multidb.tck.remote;

import com.mkven.multidb.jdbc.DebugLogWarning;
import com.mkven.multidb.jdbc.MultiDbConnection;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.server.MultiDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote mode beyond the contract: SQL translated on the client from the server's metadata, streamed rows, authentication,
 * {@code DatabaseMetaData}, {@code isValid} and {@code reload}, against a server with users on the seeded databases.
 */
class RemoteJdbcTest {
    private static MultiDbServer server;

    @BeforeAll
    static void start() {
        server = RemoteServers.withUsers();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ZERO);
    }

    private static Connection alice(String properties) throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", "alice");
        info.setProperty("password", RemoteServers.PASSWORD);
        return DriverManager.getConnection(RemoteServers.url(server) + (properties.isEmpty() ? "" : "?" + properties), info);
    }

    private static List<String> strings(ResultSet resultSet, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        while (resultSet.next()) {
            values.add(resultSet.getString(column));
        }
        return values;
    }

    @Test
    void sqlIsTranslatedOnTheClientAgainstTheServersMetadata() throws SQLException {
        try (Connection connection = alice("roles=regional-manager"); Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT COUNT(*) AS n, status FROM orders GROUP BY status ORDER BY status")) {
            assertThat(resultSet.getMetaData().getColumnLabel(1)).isEqualTo("n");
            List<String> rows = new ArrayList<>();
            while (resultSet.next()) {
                rows.add(resultSet.getString("status") + "=" + resultSet.getLong(1));
            }
            assertThat(rows).containsExactly("active=2", "cancelled=2", "pending=1", "shipped=2");
        }
    }

    @Test
    void preparedSqlBindsItsMarkers() throws SQLException {
        try (Connection connection = alice("roles=regional-manager");
                PreparedStatement statement = connection.prepareStatement("SELECT id FROM orders WHERE status = ? AND total > ? ORDER BY id")) {
            statement.setString(1, "active");
            statement.setBigDecimal(2, new java.math.BigDecimal("100"));
            try (ResultSet resultSet = statement.executeQuery()) {
                assertThat(strings(resultSet, "id")).containsExactly(id("O1"));
            }
        }
    }

    @Test
    void aSmallFetchSizeReadsTheWholeResult() throws SQLException {
        try (Connection connection = alice("roles=regional-manager"); Statement statement = connection.createStatement()) {
            statement.setFetchSize(2);
            try (ResultSet resultSet = statement.executeQuery("SELECT id FROM orders ORDER BY id")) {
                assertThat(strings(resultSet, "id")).containsExactly(id("O1"), id("O2"), id("O3"), id("O4"), id("O5"), id("O6"), id("O7"));
            }
            try (ResultSet resultSet = statement.executeQuery("SELECT id FROM orders ORDER BY id LIMIT 3 OFFSET 2")) {
                assertThat(strings(resultSet, "id")).containsExactly(id("O3"), id("O4"), id("O5"));
            }
        }
    }

    @Test
    void maxRowsCapsTheResult() throws SQLException {
        try (Connection connection = alice("roles=regional-manager"); Statement statement = connection.createStatement()) {
            statement.setMaxRows(3);
            try (ResultSet resultSet = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"]}")) {
                assertThat(strings(resultSet, "id")).hasSize(3);
            }
        }
    }

    @Test
    void maskedColumnsAreTypedByTheirMasksAsInEmbeddedMode() throws SQLException {
        try (Connection connection = alice("roles=tenant-user"); Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT total FROM orders LIMIT 1")) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            assertThat(metaData.getColumnType(1)).isEqualTo(Types.DECIMAL);
            resultSet.next();
            assertThat(resultSet.getBigDecimal(1)).isEqualByComparingTo("0");
        }
        try (Connection connection = alice("roles=tenant-user"); Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT email FROM users WHERE firstName = 'John'")) {
            assertThat(resultSet.getMetaData().getColumnType(1)).isEqualTo(Types.VARCHAR);
            resultSet.next();
            assertThat(resultSet.getString(1)).isEqualTo("a***@***.com");
        }
    }

    @Test
    void withoutRolesTheConnectionRunsWithTheWholeGrant() throws SQLException {
        try (Connection connection = alice(""); Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT internalNote FROM orders WHERE internalNote IS NOT NULL ORDER BY internalNote")) {
            assertThat(connection.unwrap(MultiDbConnection.class).executionContext().roles()).isEqualTo(RemoteServers.ALICE);
            // regional-manager may read internalNote, tenant-user may not: user roles are unioned
            assertThat(strings(resultSet, "internalNote")).containsExactly("VIP - expedite", "duplicate", "gift wrap");
        }
    }

    @Test
    void aBearerTokenAuthenticatesAServiceScope() throws SQLException {
        Properties info = new Properties();
        info.setProperty("token", RemoteServers.TOKEN);
        try (Connection connection = DriverManager.getConnection(RemoteServers.url(server), info);
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT * FROM users ORDER BY firstName LIMIT 1")) {
            ResultSetMetaData metaData = resultSet.getMetaData();
            assertThat(metaData.getColumnCount()).isEqualTo(3);
            resultSet.next();
            assertThat(resultSet.getString("firstName")).isEqualTo("Alice");
        }
    }

    @Test
    void databaseMetaDataShowsWhatTheRolesSee() throws SQLException {
        try (Connection connection = alice("roles=tenant-user")) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertThat(metaData.getDatabaseProductName()).isEqualTo("MultiDB");
            assertThat(metaData.getUserName()).isEqualTo("alice");
            try (ResultSet tables = metaData.getTables(null, null, "%", null)) {
                assertThat(strings(tables, "TABLE_NAME")).containsExactlyInAnyOrder("users", "orders", "products");
            }
            try (ResultSet columns = metaData.getColumns(null, null, "orders", "%")) {
                assertThat(strings(columns, "COLUMN_NAME")).containsExactly("id", "total", "status", "createdAt");
            }
        }
    }

    @Test
    void theDebugLogArrivesAsTypedWarnings() throws SQLException {
        try (Connection connection = alice("roles=tenant-user&debug=true"); Statement statement = connection.createStatement()) {
            try (ResultSet resultSet = statement.executeQuery("SELECT id FROM orders")) {
                strings(resultSet, "id");
            }
            List<DebugPhase> phases = new ArrayList<>();
            for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                // a SQLWarning is an Iterable of its chain: as an Object AssertJ checks the warning itself
                assertThat((Object) warning).isInstanceOf(DebugLogWarning.class);
                DebugLogEntry entry = ((DebugLogWarning) warning).entry();
                assertThat(entry.timestamp()).isPositive();
                phases.add(entry.phase());
            }
            assertThat(phases).contains(DebugPhase.VALIDATION, DebugPhase.SQL_GENERATION, DebugPhase.EXECUTION);
        }
    }

    @Test
    void isValidAsksTheServerAndReloadFetchesTheMetadataAgain() throws SQLException {
        try (Connection connection = alice("roles=tenant-user")) {
            MultiDbConnection multiDb = connection.unwrap(MultiDbConnection.class);
            Object before = multiDb.visibleIndex();

            assertThat(connection.isValid(2)).isTrue();
            multiDb.reload();

            Object after = multiDb.visibleIndex();
            assertThat(after).isNotSameAs(before);
            assertThat(multiDb.visibleIndex().tablesByApiName()).containsOnlyKeys("users", "orders", "products");
        }
    }

    @Test
    void closingAConnectionLeavesTheServerServingOthers() throws SQLException {
        alice("roles=tenant-user").close();

        try (Connection connection = alice("roles=tenant-user"); Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("{\"from\":\"orders\",\"executeMode\":\"count\"}")) {
            resultSet.next();
            assertThat(resultSet.getLong("count")).isEqualTo(7);
        }
    }
}
