package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.error.AuthException;
import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.SqlResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.mkven.multidb.server.TestServer.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may call, with which roles, and what a refused caller sees: 401 and 403 with typed bodies and no secrets. */
class AuthHttpTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String TOKEN = TokenHashes.newToken();
    private static final String SQL_ONLY_ORDERS = "{\"from\":\"orders\",\"columns\":[\"id\",\"total\"],\"executeMode\":\"sql-only\"}";
    private static final String MISSING = "{\"name\":\"AuthenticationError\",\"code\":\"UNAUTHENTICATED\","
            + "\"message\":\"Missing credentials: use HTTP Basic or Authorization: Bearer\"}";
    private static final String INVALID = "{\"name\":\"AuthenticationError\",\"code\":\"UNAUTHENTICATED\",\"message\":\"Invalid credentials\"}";

    private final MultiDbServer server = TestServer.start(TestServer.fixtureEngine().build(), ServerConfig.defaults().withUsers(List.of(
            ServerUser.withPassword("alice", PasswordHashes.hash(PASSWORD.toCharArray(), PasswordHash.MIN_ITERATIONS),
                    ContextRoles.user("tenant-user", "regional-manager")),
            ServerUser.withToken("billing", TokenHashes.sha256(TOKEN), ContextRoles.service("orders-service")))));

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> query(String authorization, String roles) throws Exception {
        return TestServer.post(server, "/query", "{\"definition\":" + SQL_ONLY_ORDERS + ",\"context\":{\"roles\":" + roles + "}}",
                Map.of("Authorization", authorization));
    }

    @Test
    void noCredentialsAnswer401WithAChallengeForBothSchemes() throws Exception {
        HttpResponse<String> query = TestServer.post(server, "/query", "{}");
        HttpResponse<String> health = TestServer.send(server, "GET", "/health", Optional.empty(), Map.of());

        assertThat(query.statusCode()).isEqualTo(401);
        assertThat(query.body()).isEqualTo(MISSING);
        assertThat(query.headers().firstValue("WWW-Authenticate"))
                .contains("Basic realm=\"multidb\", charset=\"UTF-8\", Bearer realm=\"multidb\"");
        assertThat(health.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordAnUnknownUserAndABadTokenLookAlike() throws Exception {
        List<String> wrong = List.of(basic("alice", "wrong"), basic("mallory", PASSWORD), "Bearer " + TOKEN + "x",
                "Bearer ", basic("alice", ""), "Basic not-base64!", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)));

        for (String authorization : wrong) {
            HttpResponse<String> response = query(authorization, "{}");

            assertThat(response.statusCode()).as(authorization).isEqualTo(401);
            assertThat(response.body()).as(authorization).isEqualTo(INVALID);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void anUnsupportedSchemeAnswers401() throws Exception {
        HttpResponse<String> response = query("Digest username=\"alice\"", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(MISSING);
    }

    @Test
    void basicAndBearerCallersRunWithTheirGrantWhenTheRequestNamesNoScope() throws Exception {
        HttpResponse<String> alice = query(basic("alice", PASSWORD), "{}");
        HttpResponse<String> billing = query("bearer " + TOKEN, "{}");

        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(billing.statusCode()).isEqualTo(200);
        // tenant-user masks total; regional-manager does not, and roles of one scope are unioned
        assertThat(masked(alice)).isEmpty();
    }

    @Test
    void aRequestMayNarrowItsGrant() throws Exception {
        HttpResponse<String> narrowed = query(basic("alice", PASSWORD), "{\"user\":[\"tenant-user\"]}");

        assertThat(narrowed.statusCode()).isEqualTo(200);
        assertThat(masked(narrowed)).containsExactly("total");
    }

    @Test
    void askingForMoreThanTheGrantAnswers403NamingTheRefusedRoles() throws Exception {
        HttpResponse<String> widened = query(basic("alice", PASSWORD), "{\"user\":[\"tenant-user\",\"admin\"],\"service\":[\"full-service\"]}");
        HttpResponse<String> otherScope = query("Bearer " + TOKEN, "{\"user\":[\"orders-service\"]}");

        assertThat(widened.statusCode()).isEqualTo(403);
        assertThat(widened.body()).isEqualTo("{\"name\":\"AuthorizationError\",\"code\":\"FORBIDDEN\","
                + "\"message\":\"Roles not granted: user [admin]; service [full-service]\","
                + "\"details\":{\"user\":[\"admin\"],\"service\":[\"full-service\"]}}");
        assertThat(otherScope.statusCode()).isEqualTo(403);
        assertThat(MultiDbJson.readTree(otherScope.body()).get("details").get("user").get(0).asText()).isEqualTo("orders-service");
    }

    @Test
    void validateQueryNarrowsTooAndValidateConfigNeedsOnlyAuthentication() throws Exception {
        HttpResponse<String> validate = TestServer.post(server, "/validate/query",
                "{\"definition\":" + SQL_ONLY_ORDERS + ",\"context\":{\"roles\":{\"user\":[\"admin\"]}}}",
                Map.of("Authorization", basic("alice", PASSWORD)));
        HttpResponse<String> config = TestServer.post(server, "/validate/config", "{\"metadata\":{},\"roles\":[]}",
                Map.of("Authorization", "Bearer " + TOKEN));

        assertThat(validate.statusCode()).isEqualTo(403);
        assertThat(config.statusCode()).isEqualTo(200);
    }

    @Test
    void theClientRebuildsRefusalsAsAuthException() {
        MultiDbClient anonymous = MultiDbClient.builder(server.baseUri()).build();
        MultiDbClient alice = MultiDbClient.builder(server.baseUri()).credentials("alice", PASSWORD).build();

        assertThatThrownBy(() -> anonymous.healthCheck())
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("UNAUTHENTICATED"));
        assertThatThrownBy(() -> alice.query(definition(SQL_ONLY_ORDERS), ExecutionContext.ofUserRoles("admin")))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.code()).isEqualTo("FORBIDDEN");
                    assertThat(e.refusedUserRoles()).containsExactly("admin");
                });
        assertThat(alice.query(definition(SQL_ONLY_ORDERS), ExecutionContext.ofUserRoles("tenant-user"))).isInstanceOf(SqlResult.class);
        assertThat(alice.healthCheck().healthy()).isTrue();
    }

    @Test
    void secretsAppearInNoAnswerAndNoLogLine() throws Exception {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
                for (Object parameter : record.getParameters() == null ? new Object[0] : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger serverLog = Logger.getLogger("com.mkven.multidb.server");
        Level previous = serverLog.getLevel();
        serverLog.setLevel(Level.ALL);
        serverLog.addHandler(capture);
        List<String> bodies = new ArrayList<>();
        try {
            for (String authorization : List.of(basic("alice", PASSWORD), basic("alice", PASSWORD + "!"), "Bearer " + TOKEN,
                    "Bearer " + TOKEN + "!", basic("mallory", PASSWORD))) {
                bodies.add(query(authorization, "{}").body());
                bodies.add(query(authorization, "{\"user\":[\"admin\"]}").body());
                bodies.add(TestServer.post(server, "/query", "{\"definition\":{\"from\":\"orders\"}}", Map.of("Authorization", authorization)).body());
            }
            server.stop(Duration.ZERO);
        } finally {
            serverLog.removeHandler(capture);
            serverLog.setLevel(previous);
        }

        assertThat(logged).isNotEmpty();
        for (String text : concat(bodies, logged)) {
            assertThat(text).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(0, 20))
                    .doesNotContain(Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .doesNotContain("pbkdf2").doesNotContain(TokenHashes.sha256(TOKEN));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> masked(HttpResponse<String> response) {
        SqlResult result = MultiDbJson.read(response.body(), SqlResult.class);
        List<String> masked = new ArrayList<>();
        for (ResultColumn column : result.meta().columns()) {
            if (column.masked()) {
                masked.add(column.apiName());
            }
        }
        return masked;
    }
}
