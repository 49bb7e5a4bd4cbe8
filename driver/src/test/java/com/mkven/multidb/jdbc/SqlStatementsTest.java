package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.testing.ScriptedCursor;
import com.mkven.multidb.jdbc.testing.TestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL of the subset through the driver: translation, binding, select-list order and refusals, on scripted executors. */
class SqlStatementsTest {
    private static final UUID O1 = UUID.fromString("40000000-0000-4000-8000-000000000001");

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

    private static String state(Throwable e) {
        return ((SQLException) e).getSQLState();
    }

    @Test
    void aSelectRunsLikeItsJsonDefinition() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(2, List.<Object[]>of(new Object[] {O1, "paid"})));

            try (ResultSet rows = statement.executeQuery("SELECT id, status FROM orders WHERE status = 'paid' AND quantity > 2")) {
                assertThat(rows.getMetaData().getColumnLabel(2)).isEqualTo("status");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject("id")).isEqualTo(O1);
            }

            assertThat(config.pgMain().lastCall().params()).containsExactly("paid", 2);
        }
    }

    @Test
    void preparedSqlBindsMarkersAndKnowsTheirTypes() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement("SELECT id FROM orders WHERE status = ? AND total >= ? AND id IN (?, ?)")) {
            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(1, List.<Object[]>of(new Object[] {O1})));
            statement.setString(1, "paid");
            statement.setBigDecimal(2, new BigDecimal("10"));
            statement.setObject(3, O1);
            statement.setString(4, O1.toString());

            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }

            assertThat(config.pgMain().lastCall().params()).contains("paid", new BigDecimal("10"));
            ParameterMetaData parameters = statement.getParameterMetaData();
            assertThat(parameters.getParameterCount()).isEqualTo(4);
            assertThat(parameters.getParameterType(1)).isEqualTo(Types.VARCHAR);
            assertThat(parameters.getParameterType(2)).isEqualTo(Types.DECIMAL);
            assertThat(parameters.isSigned(2)).isTrue();
            assertThat(parameters.getParameterType(3)).isEqualTo(Types.OTHER);
            assertThat(parameters.getParameterTypeName(3)).isEqualTo("uuid");
            assertThat(parameters.getParameterClassName(1)).isEqualTo("java.lang.String");
        }
    }

    @Test
    void columnsComeInTheOrderOfTheSelectList() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            // the engine answers with its own order: the grouped column, then the aggregation (here as an Integer)
            config.pgMain().script((sql, params, options) -> ScriptedCursor.rows(2, List.<Object[]>of(new Object[] {"paid", 3})));

            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) AS n, status FROM orders GROUP BY status")) {
                ResultSetMetaData meta = rows.getMetaData();
                assertThat(meta.getColumnLabel(1)).isEqualTo("n");
                assertThat(meta.getColumnType(1)).as("counts are BIGINT, decisions.md §10").isEqualTo(Types.BIGINT);
                assertThat(meta.getColumnClassName(1)).isEqualTo("java.lang.Long");
                assertThat(meta.getColumnLabel(2)).isEqualTo("status");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(3L);
                assertThat(rows.getObject(1)).isEqualTo(3L);
                assertThat(rows.getString(2)).isEqualTo("paid");
                assertThat(rows.getString("status")).isEqualTo("paid");
            }
        }
    }

    @Test
    void preparedMetaDataFollowsTheSelectListToo() throws SQLException {
        try (Connection connection = connect("roles=admin");
                PreparedStatement statement = connection.prepareStatement("SELECT SUM(total) AS revenue, status FROM orders WHERE quantity > ? GROUP BY status")) {
            ResultSetMetaData meta = statement.getMetaData();

            assertThat(meta.getColumnLabel(1)).isEqualTo("revenue");
            assertThat(meta.getColumnType(1)).isEqualTo(Types.DECIMAL);
            assertThat(meta.getColumnLabel(2)).isEqualTo("status");
            assertThat(config.pgMain().calls()).isEmpty();
        }
    }

    @Test
    void explainShowsTheSqlWithoutRunningIt() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN SELECT id FROM orders WHERE status = 'paid'")) {
            assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo("sql");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("params")).isEqualTo("[\"paid\"]");
            assertThat(rows.getString("targetDatabase")).isEqualTo("pg-main");
            assertThat(config.pgMain().calls()).isEmpty();
        }
    }

    @Test
    void unsupportedSqlIsASyntaxErrorWithState42000NamingTheConstruct() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT id FROM orders UNION SELECT id FROM orders"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("UNION is not supported (line 1, column ")
                    .extracting(SqlStatementsTest::state).isEqualTo("42000");
        }
    }

    @Test
    void malformedSqlIsASyntaxError() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELEC id FROM orders"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .extracting(SqlStatementsTest::state).isEqualTo("42000");
        }
    }

    @Test
    void writesAreRefusedAsReadOnly() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("INSERT INTO orders (status) VALUES ('x')"))
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessageContaining("INSERT")
                    .extracting(SqlStatementsTest::state).isEqualTo("25006");
            assertThatThrownBy(() -> connection.prepareStatement("DELETE FROM orders"))
                    .isExactlyInstanceOf(SQLException.class)
                    .extracting(SqlStatementsTest::state).isEqualTo("25006");
        }
    }

    @Test
    void aValueTheTranslationCannotUse() throws SQLException {
        try (Connection connection = connect("roles=admin"); PreparedStatement statement = connection.prepareStatement("SELECT id FROM orders LIMIT ?")) {
            statement.setString(1, "ten");

            assertThatThrownBy(statement::executeQuery)
                    .isExactlyInstanceOf(SQLDataException.class)
                    .extracting(SqlStatementsTest::state).isEqualTo("22023");
        }
    }

    @Test
    void columnsTheRolesCannotSeeAreRefusedByTheEngine() throws SQLException {
        try (Connection connection = connect("roles=tenant-user"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT internalNote FROM orders"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("VALIDATION_FAILED: Validation failed: 1 error\n  - ACCESS_DENIED:")
                    .extracting(SqlStatementsTest::state).isEqualTo("42501");
        }
    }

    @Test
    void markersInAPlainStatementAreRefused() throws SQLException {
        try (Connection connection = connect("roles=admin"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT id FROM orders WHERE status = ?"))
                    .hasMessage("The statement has 1 parameter marker but a Statement binds no values: use Connection.prepareStatement and set them")
                    .extracting(SqlStatementsTest::state).isEqualTo("07001");
        }
    }
}
