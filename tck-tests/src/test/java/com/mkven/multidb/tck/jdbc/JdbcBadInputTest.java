package com.mkven.multidb.tck.jdbc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bad input of issue 7 on the real engines, each with the exception class, SQLState and message a user sees:
 * bad URLs, unknown properties, missing or invalid config files, unknown roles, JSON of the wrong shape, the wrong
 * number of parameters, and closed statements and result sets.
 */
class JdbcBadInputTest {
    @TempDir
    static Path folder;

    private static Path config;

    @BeforeAll
    static void writeConfig() {
        JdbcFixture.seed();
        config = JdbcFixture.write(folder, JdbcFixture.document());
    }

    private static String state(Throwable e) {
        return ((SQLException) e).getSQLState();
    }

    @Test
    void aUrlOfNoKnownForm() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:multidb:s3://bucket/multidb.json?roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid MultiDB URL jdbc:multidb:s3://bucket/multidb.json: expected file:<path>, classpath:<resource>, "
                        + "?<properties> (embedded mode) or //host:port, https://host:port (remote mode) after jdbc:multidb:")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void remoteModeWithNoServerListening() {
        // the other bad inputs of remote mode are in tck.remote.RemoteJdbcBadInputTest
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:multidb://127.0.0.1:1?roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("Cannot connect to the MultiDB server at http://127.0.0.1:1: NETWORK_ERROR: ")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void anUnknownProperty() {
        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(config, "role=admin")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Unknown connection property 'role' in the URL; known properties: "
                        + "roles, serviceRoles, freshness, debug, user, password, token, queryTimeout, timeZone")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void aBadPropertyValue() {
        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(config, "roles=admin&freshness=weekly")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Invalid value 'weekly' for connection property freshness: allowed values are realtime, seconds, minutes, hours")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void aMissingConfigFile() {
        Path absent = folder.resolve("missing.json");

        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(absent, "roles=admin")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Config file file:" + absent + ": cannot read it: file not found: " + absent)
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void aConfigFileNamingAnUnsetVariable() {
        ObjectNode document = JdbcFixture.document();
        ((ObjectNode) document.get("executors").get("pg-main")).put("password", "${MULTIDB_TEST_UNSET_PASSWORD}");
        Path file = JdbcFixture.write(folder, document);

        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(file, "roles=admin")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Config file file:" + file + ": environment variable MULTIDB_TEST_UNSET_PASSWORD is not set "
                        + "(referenced at $.executors.pg-main.password)")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void anInvalidConfiguration() {
        ObjectNode document = JdbcFixture.document();
        ((ArrayNode) document.get("roles")).addObject().put("id", "auditor").putArray("tables").addObject()
                .put("tableId", "ledger").put("allowedColumns", "*");
        Path file = JdbcFixture.write(folder, document);

        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(file, "roles=admin")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("CONFIG_INVALID: Config invalid: 1 error\n  - INVALID_REFERENCE: ")
                .hasMessageContaining("ledger")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void anUnreachableDatabase() {
        ObjectNode document = JdbcFixture.document();
        ((ObjectNode) document.get("executors").get("pg-tenant")).put("url", "jdbc:postgresql://127.0.0.1:1/pg_tenant")
                .putObject("pool").put("connectTimeoutMs", 500);
        Path file = JdbcFixture.write(folder, document);

        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(file, "roles=admin")))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("CONNECTION_FAILED: Connection failed: pg-tenant (executor)")
                .extracting(JdbcBadInputTest::state).isEqualTo("08001");
    }

    @Test
    void unknownRoles() {
        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(config, "roles=tenant-user,auditor")))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessage("UNKNOWN_ROLE: unknown role auditor; defined roles: admin, analytics-reader, full-service, no-access, "
                        + "orders-service, regional-manager, tenant-user")
                .extracting(JdbcBadInputTest::state).isEqualTo("28000");
    }

    @Test
    void noRoles() {
        assertThatThrownBy(() -> DriverManager.getConnection(JdbcFixture.url(config, "")))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessage("No roles: give the connection property roles or serviceRoles (or defaultRoles in the config file)")
                .extracting(JdbcBadInputTest::state).isEqualTo("28000");
    }

    @Test
    void jsonOfTheWrongShape() throws SQLException {
        try (Connection connection = DriverManager.getConnection(JdbcFixture.url(config, "roles=admin"));
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"columns\":\"id\"}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $.columns:")
                    .extracting(JdbcBadInputTest::state).isEqualTo("42000");
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"filters\":[{\"column\":\"status\",\"operator\":\"equals\",\"value\":1}]}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $.filters[0].operator: unknown value 'equals'");
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\",\"filters\":[{\"column\":\"quantity\",\"operator\":\">\",\"value\":\"many\"}]}"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("VALIDATION_FAILED: Validation failed: 1 error\n  - INVALID_VALUE:")
                    .extracting(JdbcBadInputTest::state).isEqualTo("42000");
        }
    }

    @Test
    void theWrongNumberOfParameters() throws SQLException {
        try (Connection connection = DriverManager.getConnection(JdbcFixture.url(config, "roles=admin"));
                PreparedStatement statement = connection.prepareStatement("{\"from\":\"orders\",\"filters\":["
                        + "{\"column\":\"status\",\"operator\":\"=\",\"value\":?},{\"column\":\"quantity\",\"operator\":\">\",\"value\":?}]}")) {
            statement.setString(1, "active");

            assertThatThrownBy(statement::executeQuery)
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("The statement has 2 parameter markers but 1 value is bound: parameter 2 not set")
                    .extracting(JdbcBadInputTest::state).isEqualTo("07001");
            assertThatThrownBy(() -> statement.setInt(3, 1))
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("Parameter 3 does not exist: the statement has 2 parameter markers")
                    .extracting(JdbcBadInputTest::state).isEqualTo("07001");
        }
    }

    @Test
    void aClosedStatementAndResultSet() throws SQLException {
        try (Connection connection = DriverManager.getConnection(JdbcFixture.url(config, "roles=admin"))) {
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("{\"from\":\"orders\",\"columns\":[\"id\"]}");
            assertThat(rows.next()).isTrue();
            statement.close();

            assertThatThrownBy(() -> rows.getString(1))
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("Result set is closed")
                    .extracting(JdbcBadInputTest::state).isEqualTo("HY010");
            assertThatThrownBy(() -> statement.executeQuery("{\"from\":\"orders\"}"))
                    .isExactlyInstanceOf(SQLException.class)
                    .hasMessage("Statement is closed")
                    .extracting(JdbcBadInputTest::state).isEqualTo("HY010");
            connection.close();
            assertThatThrownBy(connection::createStatement)
                    .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                    .hasMessage("Connection is closed")
                    .extracting(JdbcBadInputTest::state).isEqualTo("08003");
        }
    }
}
