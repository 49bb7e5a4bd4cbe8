package com.mkven.multidb.server;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConnectionDetails;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.error.PlannerDetails;
import com.mkven.multidb.error.PlannerException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.jdbc.remote.HttpTransport;
import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.SqlResult;
import com.mkven.multidb.spi.ExecutorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.mkven.multidb.fixture.TestFixture.id;
import static com.mkven.multidb.server.TestServer.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** runtime.md §11 end to end: MultiDbClient over the JDK transport against a real MultiDbServer on loopback. */
class ClientAgainstServerTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final List<List<Object>> ORDER_ROWS = List.of(
            List.of(id("O1"), new BigDecimal("1200.50"), "active", Instant.parse("2024-03-15T10:00:00Z")),
            List.of(id("O2"), new BigDecimal("10"), "shipped", Instant.parse("2024-03-16T11:30:00.250Z")));

    private final List<MultiDbServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(Duration.ZERO));
    }

    private MultiDbClient clientOf(MultiDb engine) {
        MultiDbServer server = TestServer.start(engine);
        servers.add(server);
        return MultiDbClient.builder(server.baseUri()).build();
    }

    private MultiDbClient clientWithExecutor(StubExecutor pgMain) {
        return clientOf(TestServer.fixtureEngine().executor("pg-main", pgMain).build());
    }

    @Test
    @DisplayName("#208 data result: kind data, rows with the in-process value types, meta intact")
    void dataResult() {
        QueryDefinition orders = definition("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\",\"createdAt\"]}");
        MultiDb inProcess = TestServer.fixtureEngine().executor("pg-main", StubExecutor.returning(ORDER_ROWS, 0)).build();
        DataResult expected = (DataResult) inProcess.query(orders, ADMIN);

        QueryResult result = clientWithExecutor(StubExecutor.returning(ORDER_ROWS, 0)).query(orders, ADMIN);

        assertThat(result).isInstanceOf(DataResult.class);
        DataResult data = (DataResult) result;
        assertThat(data.data()).isEqualTo(expected.data());
        assertThat(data.data().get(0).get("id")).isEqualTo(UUID.fromString(id("O1")));
        assertThat(data.data().get(1).get("total")).isEqualTo(new BigDecimal("10"));
        assertThat(data.meta().columns()).isEqualTo(expected.meta().columns());
        assertThat(data.meta().strategy()).isEqualTo(expected.meta().strategy());
        assertThat(data.meta().targetDatabase()).isEqualTo("pg-main");
        assertThat(data.meta().tablesUsed()).isEqualTo(expected.meta().tablesUsed());
        assertThat(data.meta().timing().executionMs()).isPresent();
    }

    @Test
    @DisplayName("#209 sql-only result: kind sql with sql and params")
    void sqlOnlyResult() {
        QueryDefinition orders = definition("{\"from\":\"orders\",\"columns\":[\"id\"],\"executeMode\":\"sql-only\","
                + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"active\"}]}");
        SqlResult expected = (SqlResult) TestServer.fixtureEngine().build().query(orders, ADMIN);

        QueryResult result = clientOf(TestServer.fixtureEngine().build()).query(orders, ADMIN);

        assertThat(result).isInstanceOf(SqlResult.class);
        SqlResult sql = (SqlResult) result;
        assertThat(sql.sql()).isEqualTo(expected.sql()).contains("\"public\".\"orders\"");
        assertThat(sql.params()).isEqualTo(expected.params()).containsExactly("active");
        assertThat(sql.meta().columns()).isEqualTo(expected.meta().columns());
    }

    @Test
    @DisplayName("#210 count result: kind count with a numeric count")
    void countResult() {
        QueryResult result = clientWithExecutor(StubExecutor.returning(List.of(), 42))
                .query(definition("{\"from\":\"orders\",\"executeMode\":\"count\"}"), ADMIN);

        assertThat(result).isInstanceOf(CountResult.class);
        assertThat(((CountResult) result).count()).isEqualTo(42);
        assertThat(result.meta().columns()).isEmpty();
    }

    @Test
    @DisplayName("#211 ValidationError rebuilt: unknown table answered 400, thrown as ValidationException with its code")
    void validationErrorRebuilt() {
        assertThatThrownBy(() -> clientOf(TestServer.fixtureEngine().build()).query(definition("{\"from\":\"nope\"}"), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.fromTable()).isEqualTo("nope");
                    assertThat(e.errors()).extracting(issue -> issue.code()).contains(ValidationIssueCode.UNKNOWN_TABLE);
                });
    }

    @Test
    @DisplayName("#212 ExecutionError rebuilt: QUERY_FAILED answered 500 keeps sql, params and the driver's SQLState")
    void executionErrorRebuilt() {
        StubExecutor failing = StubExecutor.failing(new ExecutorException("relation \"public.orders\" does not exist",
                null, Optional.of("42P01"), Optional.empty()));
        QueryDefinition active = definition("{\"from\":\"orders\",\"columns\":[\"id\"],"
                + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"active\"}]}");

        assertThatThrownBy(() -> clientWithExecutor(failing).query(active, ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                    assertThat(e.code()).isEqualTo("QUERY_FAILED");
                    ExecutionDetails.QueryFailed details = (ExecutionDetails.QueryFailed) e.details();
                    assertThat(details.sql()).isEqualTo(failing.executedSql.get(0));
                    assertThat(details.params()).containsExactly("active");
                    assertThat(details.database()).isEqualTo("pg-main");
                    assertThat(e.getCause()).hasMessageContaining("does not exist");
                });
    }

    @Test
    @DisplayName("#213 network failure: nothing listens on the port, ConnectionError NETWORK_ERROR")
    void networkFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MultiDbClient client = MultiDbClient.builder(URI.create("http://127.0.0.1:" + closedPort)).build();

        assertThatThrownBy(() -> client.query(definition("{\"from\":\"orders\"}"), ADMIN))
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.code()).isEqualTo("NETWORK_ERROR");
                    assertThat(e.details()).isEqualTo(new ConnectionDetails.NetworkFailure(
                            Optional.of("http://127.0.0.1:" + closedPort + "/query"), Optional.empty()));
                    assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
                });
    }

    @Test
    @DisplayName("#214 request timeout: a slow server and timeout 100 ms give ConnectionError REQUEST_TIMEOUT")
    void requestTimeout() {
        StubExecutor slow = StubExecutor.returning(ORDER_ROWS, 0).holdStatements();
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", slow).build());
        servers.add(server);
        MultiDbClient client = MultiDbClient.builder(server.baseUri()).timeout(Duration.ofMillis(100)).build();
        long start = System.nanoTime();

        try {
            assertThatThrownBy(() -> client.query(definition("{\"from\":\"orders\",\"executeMode\":\"count\"}"), ADMIN))
                    .isInstanceOfSatisfying(ConnectionException.class, e -> {
                        assertThat(e.code()).isEqualTo("REQUEST_TIMEOUT");
                        assertThat(e.details()).isEqualTo(new ConnectionDetails.NetworkFailure(
                                Optional.of(server.baseUri() + "/query"), Optional.of(100L)));
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            slow.release();
        }
    }

    @Test
    @DisplayName("#215 custom headers: Authorization: Bearer tok reaches the server, which lets the request in")
    void customHeaders() {
        StubExecutor pgMain = StubExecutor.returning(List.of(), 3);
        ServerConfig config = ServerConfig.defaults().withUsers(List.of(
                ServerUser.withToken("ci", TokenHashes.sha256("tok"), com.mkven.multidb.query.ContextRoles.user("admin"))));
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", pgMain).build(), config);
        servers.add(server);
        QueryDefinition count = definition("{\"from\":\"orders\",\"executeMode\":\"count\"}");

        QueryResult result = MultiDbClient.builder(server.baseUri()).headers(Map.of("Authorization", "Bearer tok")).build()
                .query(count, ADMIN);

        assertThat(((CountResult) result).count()).isEqualTo(3);
        assertThatThrownBy(() -> MultiDbClient.builder(server.baseUri()).build().query(count, ADMIN))
                .hasMessageContaining("Missing credentials");
    }

    @Test
    @DisplayName("#216 validate before send: an unknown table fails locally and the server sees no request")
    void validateBeforeSend() {
        StubExecutor pgMain = StubExecutor.returning(List.of(), 0);
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", pgMain).build());
        servers.add(server);
        List<HttpTransport.Request> sent = Collections.synchronizedList(new ArrayList<>());
        HttpTransport network = HttpTransport.jdk(Duration.ofSeconds(5));
        MultiDbClient client = MultiDbClient.builder(server.baseUri())
                .transport(request -> {
                    sent.add(request);
                    return network.send(request);
                })
                .validateBeforeSend(TestFixture.metadata(), TestFixture.roles()).build();

        assertThatThrownBy(() -> client.query(definition("{\"from\":\"nope\"}"), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(issue -> issue.code()).contains(ValidationIssueCode.UNKNOWN_TABLE));
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("#217 health via HTTP: a typed HealthCheckResult with executor and cache entries, 503 included")
    void healthViaHttp() {
        MultiDb healthy = TestServer.fixtureEngine().executor("pg-main", StubExecutor.returning(List.of(), 0))
                .cacheProvider("redis-main", new StubCache()).build();
        MultiDb unhealthy = TestServer.fixtureEngine()
                .executor("pg-main", StubExecutor.returning(List.of(), 0).failPings(new IllegalStateException("refused")))
                .cacheProvider("redis-main", new StubCache()).build();

        HealthCheckResult up = clientOf(healthy).healthCheck();
        HealthCheckResult down = clientOf(unhealthy).healthCheck();

        assertThat(up.healthy()).isTrue();
        assertThat(up.executors()).containsOnlyKeys("pg-main");
        assertThat(up.cacheProviders()).containsOnlyKeys("redis-main");
        assertThat(up.executors().get("pg-main").healthy()).isTrue();
        assertThat(down.healthy()).isFalse();
        assertThat(down.executors().get("pg-main").error()).hasValueSatisfying(error -> assertThat(error).contains("refused"));
        assertThat(down.cacheProviders().get("redis-main").healthy()).isTrue();
    }

    @Test
    @DisplayName("#218 injected transport: requests go through it and it sees the real server's answers")
    void injectedTransport() {
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().build());
        servers.add(server);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        HttpTransport network = HttpTransport.jdk(Duration.ofSeconds(5));
        MultiDbClient client = MultiDbClient.builder(server.baseUri()).transport(request -> {
            HttpTransport.Response response = network.send(request);
            seen.add(request.method() + " " + request.uri().getPath() + " " + response.status());
            return response;
        }).build();

        client.query(definition("{\"from\":\"orders\",\"executeMode\":\"sql-only\"}"), ADMIN);
        client.healthCheck();

        assertThat(seen).containsExactly("POST /query 200", "GET /health 200");
    }

    @Test
    @DisplayName("#226 PlannerError rebuilt: answered 422, thrown as PlannerException UNREACHABLE_TABLES")
    void plannerErrorRebuilt() {
        MetadataConfig fixture = TestFixture.metadata();
        MetadataConfig noTrino = new MetadataConfig(fixture.databases(), fixture.tables(), fixture.caches(),
                fixture.externalSyncs(), Optional.empty());
        QueryDefinition crossDatabase = definition("{\"from\":\"invoices\",\"columns\":[\"id\"],"
                + "\"joins\":[{\"table\":\"orders\",\"columns\":[\"id\"]}],\"executeMode\":\"sql-only\"}");

        assertThatThrownBy(() -> clientOf(TestServer.fixtureEngine(noTrino).build()).query(crossDatabase, ADMIN))
                .isInstanceOfSatisfying(PlannerException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNREACHABLE_TABLES");
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.details()).isInstanceOf(PlannerDetails.UnreachableTables.class);
                });
    }

    @Test
    @DisplayName("#239 validate query, valid: POST /validate/query answers {valid: true} and nothing runs")
    void validateQueryValid() {
        StubExecutor pgMain = StubExecutor.returning(List.of(), 0);

        clientWithExecutor(pgMain).validateQuery(definition("{\"from\":\"orders\",\"columns\":[\"id\"]}"), ADMIN);

        assertThat(pgMain.executedSql).isEmpty();
    }

    @Test
    @DisplayName("#240 validate query, invalid: unknown table throws ValidationError UNKNOWN_TABLE with the errors of /query")
    void validateQueryInvalid() {
        MultiDbClient client = clientOf(TestServer.fixtureEngine().build());
        QueryDefinition unknown = definition("{\"from\":\"nope\",\"columns\":[\"id\"]}");
        ValidationException fromQuery = catchValidation(() -> client.query(unknown, ADMIN));

        ValidationException fromValidate = catchValidation(() -> client.validateQuery(unknown, ADMIN));

        assertThat(fromValidate.errors()).extracting(issue -> issue.code()).contains(ValidationIssueCode.UNKNOWN_TABLE);
        assertThat(fromValidate.errors()).isEqualTo(fromQuery.errors());
        assertThat(fromValidate.toJson()).isEqualTo(fromQuery.toJson());
    }

    @Test
    @DisplayName("#241 validate config, valid: the fixture's metadata and roles answer {valid: true}")
    void validateConfigValid() {
        clientOf(TestServer.fixtureEngine().build()).validateConfig(TestFixture.metadata(), TestFixture.roles());
    }

    @Test
    @DisplayName("#242 validate config, invalid: a duplicate apiName throws ConfigError with DUPLICATE_API_NAME")
    void validateConfigInvalid() {
        MetadataConfig fixture = TestFixture.metadata();
        List<TableMeta> tables = new ArrayList<>(fixture.tables());
        TableMeta products = tables.stream().filter(table -> table.id().equals("products")).findFirst().orElseThrow();
        tables.add(new TableMeta("products-copy", products.apiName(), products.database(), products.physicalName() + "_copy",
                products.columns(), products.primaryKey(), products.relations(), Optional.empty()));
        MetadataConfig duplicate = new MetadataConfig(fixture.databases(), tables, fixture.caches(), fixture.externalSyncs(),
                fixture.trino());

        assertThatThrownBy(() -> clientOf(TestServer.fixtureEngine().build()).validateConfig(duplicate, TestFixture.roles()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors())
                        .extracting(issue -> issue.code()).contains(ConfigIssueCode.DUPLICATE_API_NAME));
    }

    private static ValidationException catchValidation(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no ValidationException");
    }
}
