package com.mkven.multidb.tck.remote;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.jdbc.EngineErrors;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.tck.contract.ContractFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way a remote connection can go wrong, and the SQLException an application sees for it. */
class RemoteJdbcBadInputTest {
    private static final String ORDER_IDS = "{\"from\":\"orders\",\"columns\":[\"id\"]}";
    private static MultiDbServer server;

    @BeforeAll
    static void start() {
        server = RemoteServers.withUsers();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ZERO);
    }

    private static Properties credentials(String user, String password) {
        Properties info = new Properties();
        info.setProperty("user", user);
        info.setProperty("password", password);
        return info;
    }

    private static String state(Throwable e) {
        return ((SQLException) e).getSQLState();
    }

    private static String engineCode(Throwable e) {
        return EngineErrors.cause((SQLException) e).map(MultiDbException::code).orElse("none");
    }

    @Test
    void anUnreachableServerIs08001AtOnce() {
        long started = System.nanoTime();

        // port 1 on loopback: nothing listens, the connection is refused without waiting for a timeout
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:multidb://127.0.0.1:1?roles=admin"))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageStartingWith("Cannot connect to the MultiDB server at http://127.0.0.1:1: NETWORK_ERROR: ")
                .satisfies(e -> assertThat(state(e)).isEqualTo("08001"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatDoesNotAnswerIs08001AfterTheLoginTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            // the listen backlog completes the TCP handshake; nothing ever reads the request
            DriverManager.setLoginTimeout(1);
            try {
                assertThatThrownBy(() -> DriverManager.getConnection("jdbc:multidb://127.0.0.1:" + silent.getLocalPort() + "?roles=admin"))
                        .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                        .satisfies(e -> assertThat(state(e)).isEqualTo("08001"))
                        .satisfies(e -> assertThat(engineCode(e)).isEqualTo("REQUEST_TIMEOUT"));
            } finally {
                DriverManager.setLoginTimeout(0);
            }
        }
    }

    @Test
    void aWrongPasswordIs28000() {
        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server), credentials("alice", "wrong")))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessageContaining("UNAUTHENTICATED: Invalid credentials")
                .hasMessageNotContaining("wrong")
                .satisfies(e -> assertThat(state(e)).isEqualTo("28000"));
    }

    @Test
    void noCredentialsOrAnUnknownTokenAre28000() {
        Properties token = new Properties();
        token.setProperty("token", "not-a-token");

        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server) + "?roles=tenant-user"))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .satisfies(e -> assertThat(engineCode(e)).isEqualTo("UNAUTHENTICATED"));
        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server), token))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .satisfies(e -> assertThat(engineCode(e)).isEqualTo("UNAUTHENTICATED"));
    }

    @Test
    void rolesBeyondTheGrantAre28000AtConnect() {
        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server) + "?roles=tenant-user,admin",
                credentials("alice", RemoteServers.PASSWORD)))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessageContaining("FORBIDDEN")
                .hasMessageContaining("admin")
                .satisfies(e -> assertThat(state(e)).isEqualTo("28000"));
        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server) + "?serviceRoles=orders-service",
                credentials("alice", RemoteServers.PASSWORD)))
                .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .satisfies(e -> assertThat(engineCode(e)).isEqualTo("FORBIDDEN"));
    }

    @Test
    void credentialPropertiesThatDoNotGoTogetherAre08001() {
        Properties both = credentials("alice", RemoteServers.PASSWORD);
        both.setProperty("token", RemoteServers.TOKEN);
        Properties userOnly = new Properties();
        userOnly.setProperty("user", "alice");

        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server), both))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("Give the connection properties user and password, or token, not both");
        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server), userOnly))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("The connection properties user and password go together: password is missing");
    }

    @Test
    void aUrlThatIsNoMultiDbServerIs08001() {
        assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(server) + "/elsewhere", credentials("alice", RemoteServers.PASSWORD)))
                .isExactlyInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessageContaining("NOT_FOUND")
                .satisfies(e -> assertThat(state(e)).isEqualTo("08001"));
    }

    @Test
    void unknownRolesOrNoRolesOnAServerWithoutUsersAre28000() {
        MultiDbServer open = ContractFixture.server();
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(open) + "?roles=nope"))
                    .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                    .hasMessageStartingWith("UNKNOWN_ROLE: unknown role nope");
            assertThatThrownBy(() -> DriverManager.getConnection(RemoteServers.url(open)))
                    .isExactlyInstanceOf(SQLInvalidAuthorizationSpecException.class)
                    .hasMessageStartingWith("No roles");
        } finally {
            open.stop(Duration.ZERO);
        }
    }

    @Test
    void sqlOutsideTheSubsetIsRefusedOnTheClientAsInEmbeddedMode() throws SQLException {
        try (Connection connection = DriverManager.getConnection(RemoteServers.url(server) + "?roles=tenant-user",
                credentials("alice", RemoteServers.PASSWORD)); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT id FROM orders UNION SELECT id FROM users"))
                    .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("UNION is not supported (line 1, column ")
                    .satisfies(e -> assertThat(state(e)).isEqualTo("42000"));
        }
    }

    @Test
    void aStatementTimeoutStopsTheStatementOnTheServerWithHYT00() throws SQLException {
        MultiDb slow = MultiDb.builder()
                .metadataProvider(MetadataProvider.of(TestFixture.metadata()))
                .roleProvider(RoleProvider.of(TestFixture.roles()))
                .executor("pg-main", new SlowExecutor())
                .validateConnections(false)
                .build();
        MultiDbServer slowServer = new MultiDbServer(slow, ServerConfig.defaults().withPort(0)).start();
        try (Connection connection = DriverManager.getConnection(RemoteServers.url(slowServer) + "?roles=admin");
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            long started = System.nanoTime();

            assertThatThrownBy(() -> statement.executeQuery(ORDER_IDS))
                    .isExactlyInstanceOf(SQLTimeoutException.class)
                    .satisfies(e -> assertThat(state(e)).isEqualTo("HYT00"))
                    .satisfies(e -> assertThat(engineCode(e)).isEqualTo("QUERY_TIMEOUT"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        } finally {
            slowServer.stop(Duration.ZERO);
        }
    }

    @Test
    void aServerGoneAfterConnectMakesIsValidFalseAndQueries08006() throws SQLException {
        MultiDbServer leaving = ContractFixture.server();
        try (Connection connection = DriverManager.getConnection(RemoteServers.url(leaving) + "?roles=admin");
                Statement statement = connection.createStatement()) {
            assertThat(connection.isValid(1)).isTrue();

            leaving.stop(Duration.ZERO);

            assertThat(connection.isValid(1)).isFalse();
            assertThatThrownBy(() -> statement.executeQuery(ORDER_IDS))
                    .isExactlyInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(state(e)).isEqualTo("08006"))
                    .satisfies(e -> assertThat(engineCode(e)).isEqualTo("NETWORK_ERROR"));
        }
    }
}
