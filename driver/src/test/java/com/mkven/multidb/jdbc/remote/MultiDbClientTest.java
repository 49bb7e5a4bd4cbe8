package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.error.AuthException;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConnectionDetails;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ExecutionDetails;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.QueryResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client over a scripted transport: what it sends, and how it reads every kind of answer. */
class MultiDbClientTest {
    private static final URI SERVER = URI.create("http://127.0.0.1:8080");
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final QueryDefinition ORDERS = QueryDefinition.builder("orders").columns("id", "status").build();
    private static final String COUNT_RESULT = "{\"kind\":\"count\",\"count\":7,\"meta\":{\"strategy\":\"direct\","
            + "\"targetDatabase\":\"pg-main\",\"dialect\":\"postgres\",\"tablesUsed\":[],\"columns\":[],"
            + "\"timing\":{\"planningMs\":0.1,\"generationMs\":0.1,\"executionMs\":1.0}}}";

    private final ScriptedTransport transport = new ScriptedTransport();

    private MultiDbClient client() {
        return MultiDbClient.builder(SERVER).transport(transport).build();
    }

    @Test
    @DisplayName("#218 injected transport: the request goes through it as POST /query with {definition, context}")
    void injectedTransport() {
        transport.answer(200, COUNT_RESULT);

        QueryResult result = client().query(ORDERS, ADMIN);

        assertThat(result).isInstanceOf(CountResult.class);
        assertThat(((CountResult) result).count()).isEqualTo(7);
        assertThat(transport.requests).hasSize(1);
        HttpTransport.Request request = transport.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:8080/query"));
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(30));
        JsonNode body = MultiDbJson.readTree(request.body().orElseThrow());
        assertThat(body).isEqualTo(MultiDbJson.toTree(new QueryRequest(ORDERS, ADMIN)));
        assertThat(body.get("definition").get("from").asText()).isEqualTo("orders");
        assertThat(body.get("context").get("roles").get("user").get(0).asText()).isEqualTo("admin");
    }

    @Test
    @DisplayName("#215 custom headers: Authorization: Bearer tok is on the request, next to the JSON content type")
    void customHeaders() {
        transport.answer(200, COUNT_RESULT);
        MultiDbClient client = MultiDbClient.builder(SERVER).transport(transport)
                .headers(Map.of("Authorization", "Bearer tok", "X-Request-Id", "r-1")).build();

        client.query(ORDERS, ADMIN);

        assertThat(transport.requests.get(0).headers())
                .containsEntry("Authorization", "Bearer tok")
                .containsEntry("X-Request-Id", "r-1")
                .containsEntry("Content-Type", "application/json")
                .containsEntry("Accept", "application/json");
    }

    @Test
    void credentialsBecomeABasicHeaderAndATokenABearerHeader() {
        transport.answer(200, COUNT_RESULT).answer(200, COUNT_RESULT);

        MultiDbClient.builder(SERVER).transport(transport).credentials("alice", "s3cret:é").build().query(ORDERS, ADMIN);
        MultiDbClient.builder(SERVER).transport(transport).bearerToken("tok-123").build().query(ORDERS, ADMIN);

        assertThat(transport.requests.get(0).headers()).containsEntry("Authorization", "Basic YWxpY2U6czNjcmV0OsOp");
        assertThat(transport.requests.get(1).headers()).containsEntry("Authorization", "Bearer tok-123");
    }

    @Test
    @DisplayName("#216 validate before send: an unknown table throws ValidationError and the transport is never called")
    void validateBeforeSend() {
        MultiDbClient client = MultiDbClient.builder(SERVER).transport(transport)
                .validateBeforeSend(TestFixture.metadata(), TestFixture.roles()).build();

        assertThatThrownBy(() -> client.query(QueryDefinition.builder("nope").build(), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.errors()).extracting(issue -> issue.code().name()).contains("UNKNOWN_TABLE");
                });
        assertThat(transport.requests).isEmpty();
    }

    @Test
    void validateBeforeSendLetsAValidQueryThrough() {
        transport.answer(200, COUNT_RESULT);
        MultiDbClient client = MultiDbClient.builder(SERVER).transport(transport)
                .validateBeforeSend(TestFixture.metadata(), TestFixture.roles()).build();

        client.query(QueryDefinition.builder("orders").executeMode(ExecuteMode.COUNT).build(), ADMIN);

        assertThat(transport.requests).hasSize(1);
    }

    @Test
    void validateBeforeSendWithAnInvalidConfigurationFailsWhenTheClientIsBuilt() {
        MetadataConfig metadata = TestFixture.metadata();
        MetadataConfig broken = new MetadataConfig(metadata.databases(), List.of(metadata.tables().get(0), metadata.tables().get(0)),
                metadata.caches(), metadata.externalSyncs(), metadata.trino());

        assertThatThrownBy(() -> MultiDbClient.builder(SERVER).validateBeforeSend(broken, TestFixture.roles()).build())
                .isInstanceOf(ConfigException.class);
    }

    @Test
    @DisplayName("#213 network failure: a refused connection throws ConnectionError NETWORK_ERROR with the url and the cause")
    void networkFailure() {
        ConnectException refused = new ConnectException("Connection refused");
        transport.fail(refused);

        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.code()).isEqualTo("NETWORK_ERROR");
                    assertThat(e.details()).isEqualTo(new ConnectionDetails.NetworkFailure(Optional.of("http://127.0.0.1:8080/query"), Optional.empty()));
                    assertThat(e.getCause()).isSameAs(refused);
                });
        assertThat(transport.requests).as("never retried").hasSize(1);
    }

    @Test
    @DisplayName("#214 request timeout: timeout 100 ms throws ConnectionError REQUEST_TIMEOUT with url and timeoutMs")
    void requestTimeout() {
        transport.fail(new HttpTimeoutException("request timed out"));
        MultiDbClient client = MultiDbClient.builder(SERVER).transport(transport).timeout(Duration.ofMillis(100)).build();

        assertThatThrownBy(() -> client.healthCheck())
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.code()).isEqualTo("REQUEST_TIMEOUT");
                    assertThat(e.details()).isEqualTo(new ConnectionDetails.NetworkFailure(Optional.of("http://127.0.0.1:8080/health"), Optional.of(100L)));
                });
        assertThat(transport.requests.get(0).timeout()).isEqualTo(Duration.ofMillis(100));
        assertThat(transport.requests).as("never retried").hasSize(1);
    }

    @Test
    void anInterruptedRequestIsANetworkErrorAndKeepsTheInterrupt() {
        transport.fail(new InterruptedException());

        try {
            assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                    .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.code()).isEqualTo("NETWORK_ERROR"));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void errorBodiesAreRebuiltByCode() {
        QueryExecutionException failed = new QueryExecutionException("Query failed on pg-main",
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1", List.of("a")), Optional.empty());
        transport.answer(500, MultiDbJson.write(failed.toJson()))
                .answer(403, MultiDbJson.write(AuthException.forbidden(List.of("admin"), List.of()).toJson()));

        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.details()).isEqualTo(failed.details()));
        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.refusedUserRoles()).containsExactly("admin"));
    }

    @Test
    void aResultCutShortByAServerFailureThrowsTheErrorItEndsWith() {
        QueryExecutionException failed = new QueryExecutionException("Query failed on pg-main",
                new ExecutionDetails.QueryFailed("pg-main", "postgres", "SELECT 1", List.of()), Optional.empty());
        transport.answer(200, "{\"kind\":\"data\",\"data\":[{\"id\":1}],\"error\":" + MultiDbJson.write(failed.toJson()) + "}");

        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.toJson()).isEqualTo(failed.toJson()));
    }

    @Test
    void answersBeyondTheRequestLimitsOfTheCodecAreRead() {
        String longText = "x".repeat(200_000);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"note\":\"").append(longText).append("\"}");
        }
        transport.answer(200, "{\"kind\":\"data\",\"data\":[" + rows + "],\"meta\":{\"strategy\":\"direct\","
                + "\"targetDatabase\":\"pg-main\",\"tablesUsed\":[],\"columns\":[{\"apiName\":\"note\",\"type\":\"string\","
                + "\"nullable\":true,\"fromTable\":\"orders\",\"masked\":false}],\"timing\":{\"planningMs\":0,\"generationMs\":0}}}");

        QueryResult result = client().query(ORDERS, ADMIN);

        assertThat(((com.mkven.multidb.result.DataResult) result).data()).hasSize(8)
                .allSatisfy(row -> assertThat(row.get("note")).isEqualTo(longText));
    }

    @Test
    void anUnknownCodeIsAPlainMultiDbErrorWithTheHttpStatusInItsMessage() {
        transport.answer(429, "{\"name\":\"MultiDbError\",\"code\":\"QUOTA_EXCEEDED\",\"message\":\"slow down\"}");

        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isExactlyInstanceOf(MultiDbException.class)
                .hasMessage("HTTP 429: slow down")
                .satisfies(e -> assertThat(((MultiDbException) e).code()).isEqualTo("QUOTA_EXCEEDED"));
    }

    @Test
    void aBodyThatIsNoMultiDbErrorBecomesHttpErrorWithStatusAndSnippet() {
        transport.answer(502, "<html><body>Bad gateway</body></html>")
                .answer(500, "")
                .answer(400, "{\"code\":\"VALIDATION_FAILED\",\"message\":\"lacks fromTable and errors\"}");

        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isExactlyInstanceOf(MultiDbException.class)
                .hasMessage("HTTP 502 from http://127.0.0.1:8080/query: <html><body>Bad gateway</body></html>")
                .satisfies(e -> assertThat(((MultiDbException) e).code()).isEqualTo("HTTP_ERROR"));
        assertThatThrownBy(() -> client().query(ORDERS, ADMIN)).hasMessage("HTTP 500 from http://127.0.0.1:8080/query");
        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isExactlyInstanceOf(MultiDbException.class)
                .satisfies(e -> assertThat(((MultiDbException) e).code()).isEqualTo("HTTP_ERROR"));
    }

    @Test
    void aSuccessAnswerThatIsNotAResultIsAnInvalidResponse() {
        transport.answer(200, "{\"kind\":\"rows\"}").answer(200, "{\"valid\":false}");

        assertThatThrownBy(() -> client().query(ORDERS, ADMIN))
                .isExactlyInstanceOf(MultiDbException.class)
                .hasMessageStartingWith("The answer of http://127.0.0.1:8080/query is not a QueryResult")
                .satisfies(e -> assertThat(((MultiDbException) e).code()).isEqualTo("INVALID_RESPONSE"));
        assertThatThrownBy(() -> client().validateQuery(ORDERS, ADMIN))
                .satisfies(e -> assertThat(((MultiDbException) e).code()).isEqualTo("INVALID_RESPONSE"));
    }

    @Test
    void healthIsReturnedFor200And503AndAnErrorBodyOn503IsThrown() {
        String unhealthy = "{\"healthy\":false,\"executors\":{\"pg-main\":{\"healthy\":false,\"latencyMs\":2.0,\"error\":\"refused\"}},\"cacheProviders\":{}}";
        transport.answer(503, unhealthy)
                .answer(503, MultiDbJson.write(ConnectionException.requestTimeout("http://db", 5).toJson()))
                .answer(401, MultiDbJson.write(AuthException.unauthenticated("Missing credentials").toJson()));

        HealthCheckResult health = client().healthCheck();

        assertThat(health.healthy()).isFalse();
        assertThat(health.executors().get("pg-main").error()).contains("refused");
        assertThat(transport.requests.get(0).method()).isEqualTo("GET");
        assertThat(transport.requests.get(0).body()).isEmpty();
        assertThatThrownBy(() -> client().healthCheck()).isInstanceOf(ConnectionException.class);
        assertThatThrownBy(() -> client().healthCheck()).isInstanceOf(AuthException.class);
    }

    @Test
    void validateEndpointsReturnOnValidAndThrowTheRebuiltError() {
        ConfigException invalid = ConfigException.class.cast(MultiDbException.fromJson(MultiDbJson.readTree(
                "{\"name\":\"ConfigError\",\"code\":\"CONFIG_INVALID\",\"message\":\"Config invalid: 1 error\",\"errors\":["
                        + "{\"code\":\"DUPLICATE_API_NAME\",\"message\":\"dup\",\"details\":{}}]}")));
        transport.answer(200, "{\"valid\":true}").answer(200, "{\"valid\":true}").answer(400, MultiDbJson.write(invalid.toJson()));

        client().validateQuery(ORDERS, ADMIN);
        client().validateConfig(TestFixture.metadata(), TestFixture.roles());

        assertThat(transport.requests.get(0).uri().getPath()).isEqualTo("/validate/query");
        assertThat(transport.requests.get(1).uri().getPath()).isEqualTo("/validate/config");
        assertThat(MultiDbJson.read(transport.requests.get(1).body().orElseThrow(), ConfigRequest.class).roles())
                .isEqualTo(TestFixture.roles());
        assertThatThrownBy(() -> client().validateConfig(TestFixture.metadata(), TestFixture.roles()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).hasSize(1));
    }

    @Test
    void aPathPrefixIsKeptAndTrailingSlashesDropped() {
        transport.answer(200, COUNT_RESULT);

        MultiDbClient.builder(URI.create("https://db.example/multidb//")).transport(transport).build().query(ORDERS, ADMIN);

        assertThat(transport.requests.get(0).uri()).isEqualTo(URI.create("https://db.example/multidb/query"));
    }

    @Test
    void theBuilderRefusesWhatWouldLeakOrClash() {
        assertThatThrownBy(() -> MultiDbClient.builder(URI.create("http://alice:pw@host:8080")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
        assertThatThrownBy(() -> MultiDbClient.builder(URI.create("ftp://host")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiDbClient.builder(URI.create("http://host/?roles=admin")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiDbClient.builder(SERVER).headers(Map.of("authorization", "Bearer a")).bearerToken("b").build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MultiDbClient.builder(SERVER).timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiDbClient.builder(SERVER).credentials("a:b", "pw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultiDbClient.builder(SERVER).bearerToken(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
