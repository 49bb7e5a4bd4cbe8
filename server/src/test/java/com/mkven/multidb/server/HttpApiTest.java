package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.result.HealthCheckResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP contract seen by a plain HTTP client: statuses, headers and the exact error bodies for every bad input. */
class HttpApiTest {
    private static final String ADMIN = "{\"roles\":{\"user\":[\"admin\"]}}";
    private static final String JSON = "application/json";

    private final StubExecutor pgMain = StubExecutor.returning(
            List.of(List.of(id("O1"), new BigDecimal("12.50"))), 5);
    private final MultiDb engine = TestServer.fixtureEngine().executor("pg-main", pgMain).build();
    private final MultiDbServer server = TestServer.start(engine, ServerConfig.defaults().withMaxBodyBytes(4096));

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
    }

    private HttpResponse<String> query(String body) throws Exception {
        return TestServer.post(server, "/query", body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return MultiDbJson.readTree(response.body());
    }

    @Test
    void aQueryAnswers200WithTheResultAsJsonDiscriminatedByKind() throws Exception {
        HttpResponse<String> response = query("{\"definition\":{\"from\":\"orders\",\"columns\":[\"id\",\"total\"]},\"context\":" + ADMIN + "}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(JSON);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.body()).startsWith("{\"kind\":\"data\",\"meta\":{").endsWith("\"data\":[{\"id\":\"" + id("O1") + "\",\"total\":12.50}]}");
    }

    @Test
    void engineErrorsAnswerWithTheirStatusAndTheirToJsonBody() throws Exception {
        String unknownTable = "{\"from\":\"nope\"}";
        MultiDbException inProcess = catchEngineError(() -> engine.query(TestServer.definition(unknownTable), ExecutionContext.ofUserRoles("admin")));

        HttpResponse<String> response = query("{\"definition\":" + unknownTable + ",\"context\":" + ADMIN + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).isEqualTo(inProcess.toJson());
        assertThat(json(response).get("name").asText()).isEqualTo("ValidationError");
    }

    @Test
    void anExecutionErrorAnswers500WithItsBody() throws Exception {
        MultiDbServer failing = TestServer.start(TestServer.fixtureEngine().executor("pg-main", StubExecutor.failing(
                new com.mkven.multidb.spi.ExecutorException("boom", null, Optional.of("XX000"), Optional.empty()))).build());
        try {
            HttpResponse<String> response = TestServer.post(failing, "/query",
                    "{\"definition\":{\"from\":\"orders\",\"columns\":[\"id\"]},\"context\":" + ADMIN + "}");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(json(response).get("name").asText()).isEqualTo("ExecutionError");
            assertThat(json(response).get("code").asText()).isEqualTo("QUERY_FAILED");
            assertThat(json(response).get("details").get("sql").asText()).startsWith("SELECT");
        } finally {
            failing.stop(Duration.ZERO);
        }
    }

    @Test
    void malformedJsonAnswers400InvalidJsonWithThePath() throws Exception {
        HttpResponse<String> response = query("{\"definition\": {\"from\": \"orders\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("name").asText()).isEqualTo("InvalidJsonError");
        assertThat(json(response).get("code").asText()).isEqualTo("INVALID_JSON");
        assertThat(json(response).get("path").asText()).isEqualTo("$.definition");
        assertThat(json(response).get("problem").asText()).isNotBlank();
    }

    @Test
    void anUnknownFieldAnswers400NamingItsPath() throws Exception {
        HttpResponse<String> inDefinition = query("{\"definition\":{\"from\":\"orders\",\"colums\":[\"id\"]},\"context\":" + ADMIN + "}");
        HttpResponse<String> atTop = query("{\"definition\":{\"from\":\"orders\"},\"context\":" + ADMIN + ",\"debug\":true}");

        assertThat(inDefinition.statusCode()).isEqualTo(400);
        assertThat(json(inDefinition).get("path").asText()).isEqualTo("$.definition.colums");
        assertThat(atTop.statusCode()).isEqualTo(400);
        assertThat(json(atTop).get("path").asText()).isEqualTo("$.debug");
    }

    @Test
    void aMissingContextOrAnEmptyBodyAnswers400() throws Exception {
        HttpResponse<String> noContext = query("{\"definition\":{\"from\":\"orders\"}}");
        HttpResponse<String> empty = query("");

        assertThat(noContext.statusCode()).isEqualTo(400);
        assertThat(json(noContext).get("code").asText()).isEqualTo("INVALID_JSON");
        assertThat(json(noContext).get("problem").asText()).contains("context");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("code").asText()).isEqualTo("INVALID_JSON");
    }

    @Test
    void aBodyThatIsNotUtf8Answers400() throws Exception {
        byte[] latin1 = "{\"definition\":{\"from\":\"caf\u00e9\"},\"context\":{\"roles\":{}}}".getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Answer answer = RawHttp.exchange(server.port(), "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + latin1.length + "\r\n\r\n", latin1);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"name\":\"InvalidJsonError\",\"code\":\"INVALID_JSON\","
                + "\"message\":\"Invalid JSON at $: the body is not valid UTF-8\",\"path\":\"$\",\"problem\":\"the body is not valid UTF-8\"}");
    }

    @Test
    void anUnknownRouteAnswers404() throws Exception {
        HttpResponse<String> response = TestServer.send(server, "GET", "/nope", Optional.empty(), Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"name\":\"MultiDbError\",\"code\":\"NOT_FOUND\",\"message\":\"No endpoint at /nope; "
                + "the API has POST /query, GET /health, POST /validate/query, POST /validate/config, POST /metadata and POST /cancel\"}");
    }

    @Test
    void aWrongMethodAnswers405WithAllow() throws Exception {
        HttpResponse<String> getQuery = TestServer.send(server, "GET", "/query", Optional.empty(), Map.of());
        HttpResponse<String> postHealth = TestServer.send(server, "POST", "/health", Optional.of("{}"), Map.of());

        assertThat(getQuery.statusCode()).isEqualTo(405);
        assertThat(getQuery.headers().firstValue("Allow")).contains("POST");
        assertThat(getQuery.body()).isEqualTo("{\"name\":\"MultiDbError\",\"code\":\"METHOD_NOT_ALLOWED\","
                + "\"message\":\"GET is not allowed on /query; use POST\"}");
        assertThat(postHealth.statusCode()).isEqualTo(405);
        assertThat(postHealth.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void aDeclaredBodyOverTheLimitAnswers413BeforeItIsSent() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server.port(), "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000000\r\n\r\n", "{\"definition\":".getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers()).containsEntry("Connection", "close");
        assertThat(answer.body()).isEqualTo("{\"name\":\"MultiDbError\",\"code\":\"PAYLOAD_TOO_LARGE\","
                + "\"message\":\"The request body is larger than 4096 bytes\"}");
    }

    @Test
    void aChunkedBodyOverTheLimitAnswers413AsSoonAsTheLimitIsPassed() throws Exception {
        byte[] chunk = ("{\"definition\":{\"from\":\"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = (Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.US_ASCII) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        RawHttp.Answer answer = RawHttp.exchange(server.port(), "POST /validate/config HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", framed);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(MultiDbJson.readTree(answer.body()).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeAnswers415AndACharsetParameterIsFine() throws Exception {
        String body = "{\"definition\":{\"from\":\"orders\",\"executeMode\":\"sql-only\"},\"context\":" + ADMIN + "}";

        HttpResponse<String> text = TestServer.post(server, "/query", body, Map.of("Content-Type", "text/plain"));
        HttpResponse<String> withCharset = TestServer.post(server, "/query", body, Map.of("Content-Type", "application/json; charset=UTF-8"));
        HttpResponse<String> without = TestServer.post(server, "/query", body, Map.of());

        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).isEqualTo("{\"name\":\"MultiDbError\",\"code\":\"UNSUPPORTED_MEDIA_TYPE\","
                + "\"message\":\"The request body must be application/json, not text/plain\"}");
        assertThat(withCharset.statusCode()).isEqualTo(200);
        assertThat(without.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnexpectedFailureAnswers500WithoutItsDetails() throws Exception {
        // the stub's two columns cannot fill the thirteen the engine selects: a bug, not a MultiDB error
        HttpResponse<String> response = query("{\"definition\":{\"from\":\"orders\"},\"context\":" + ADMIN + "}");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"name\":\"MultiDbError\",\"code\":\"INTERNAL_ERROR\","
                + "\"message\":\"The server failed unexpectedly; its log has the details\"}");
    }

    @Test
    void healthAnswers200WhenHealthyAnd503WhenNotWithTheSameBody() throws Exception {
        HttpResponse<String> up = TestServer.send(server, "GET", "/health", Optional.empty(), Map.of());
        MultiDbServer sick = TestServer.start(TestServer.fixtureEngine()
                .executor("pg-main", StubExecutor.returning(List.of(), 0).failPings(new IllegalStateException("refused"))).build());
        HttpResponse<String> down;
        try {
            down = TestServer.send(sick, "GET", "/health", Optional.empty(), Map.of());
        } finally {
            sick.stop(Duration.ZERO);
        }

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(MultiDbJson.read(up.body(), HealthCheckResult.class).healthy()).isTrue();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(MultiDbJson.read(down.body(), HealthCheckResult.class).executors().get("pg-main").error()).contains("refused");
    }

    @Test
    void validateEndpointsAnswerValidTrueOrTheSame400AsQuery() throws Exception {
        String valid = "{\"definition\":{\"from\":\"orders\"},\"context\":" + ADMIN + "}";
        String invalid = "{\"definition\":{\"from\":\"orders\",\"columns\":[\"nope\"]},\"context\":" + ADMIN + "}";

        HttpResponse<String> ok = TestServer.post(server, "/validate/query", valid);
        HttpResponse<String> refused = TestServer.post(server, "/validate/query", invalid);
        HttpResponse<String> refusedByQuery = query(invalid);
        HttpResponse<String> config = TestServer.post(server, "/validate/config", "{\"metadata\":{},\"roles\":[]}");
        HttpResponse<String> configWithoutRoles = TestServer.post(server, "/validate/config", "{\"metadata\":{}}");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"valid\":true}");
        assertThat(pgMain.executedSql).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo(refusedByQuery.body());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).isEqualTo("{\"valid\":true}");
        assertThat(configWithoutRoles.statusCode()).isEqualTo(400);
        assertThat(json(configWithoutRoles).get("path").asText()).isEqualTo("$.roles");
    }

    @Test
    void aBodyAtTheLimitIsRead() throws Exception {
        String body = "{\"definition\":{\"from\":\"orders\",\"executeMode\":\"sql-only\"},\"context\":" + ADMIN + "}";
        String padded = body + " ".repeat(4096 - body.length());

        assertThat(query(padded).statusCode()).isEqualTo(200);
        assertThat(query(padded + " ").statusCode()).isEqualTo(413);
    }

    private static MultiDbException catchEngineError(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(MultiDbException.class);
        try {
            call.run();
        } catch (MultiDbException e) {
            return e;
        }
        throw new AssertionError("unreachable");
    }
}
