package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.jdbc.remote.MetadataView;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;
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

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the remote JDBC driver needs of the server beyond runtime.md §10: {@code POST /metadata}, the caller's view of
 * the metadata, and the optional {@code timeoutMs} of a query, which reaches the executors.
 */
class RemoteDriverEndpointsTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String ALICE = "Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** Records the options of every statement and answers with one order id (a count of 3). */
    private static final class OptionsRecorder implements DbExecutor {
        final List<ExecutionOptions> options = Collections.synchronizedList(new ArrayList<>());
        private final DbExecutor rows = StubExecutor.returning(List.of(List.of(id("O1"))), 3);

        @Override
        public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
            this.options.add(options);
            return rows.execute(sql, params, options);
        }

        @Override
        public void ping() {}

        @Override
        public void close() {}
    }

    private final OptionsRecorder pgMain = new OptionsRecorder();
    private final List<MultiDbServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(Duration.ZERO));
    }

    private MultiDbServer server(ServerConfig config) {
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", pgMain).build(), config);
        servers.add(server);
        return server;
    }

    private MultiDbServer withAlice() {
        return server(ServerConfig.defaults().withUsers(List.of(ServerUser.withPassword("alice",
                PasswordHashes.hash(PASSWORD.toCharArray(), PasswordHash.MIN_ITERATIONS), ContextRoles.user("tenant-user", "regional-manager")))));
    }

    private static MetadataView view(HttpResponse<String> response) {
        return MultiDbJson.read(response.body(), MetadataView.class);
    }

    @Test
    void metadataShowsWhatTheRolesCanReadAndTheirDefinitions() throws Exception {
        HttpResponse<String> response = TestServer.post(server(ServerConfig.defaults()), "/metadata",
                "{\"context\":{\"roles\":{\"user\":[\"tenant-user\"]}}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        MetadataView view = view(response);
        assertThat(view.metadata().tables()).extracting(TableMeta::apiName).containsExactly("users", "orders", "products");
        assertThat(view.metadata().tables().get(1).columns()).extracting(ColumnMeta::apiName)
                .containsExactly("id", "total", "status", "createdAt");
        assertThat(view.metadata().caches()).isEmpty();
        assertThat(view.metadata().externalSyncs()).isEmpty();
        assertThat(view.roles()).extracting(RoleMeta::id).containsExactly("tenant-user");
        assertThat(view.context().roles()).isEqualTo(ContextRoles.user("tenant-user"));
    }

    @Test
    void aCallerNamingNoRolesSeesItsWholeGrant() throws Exception {
        HttpResponse<String> response = TestServer.post(withAlice(), "/metadata", "{\"context\":{\"roles\":{}}}",
                Map.of("Content-Type", "application/json", "Authorization", ALICE));

        assertThat(response.statusCode()).isEqualTo(200);
        MetadataView view = view(response);
        assertThat(view.context().roles()).isEqualTo(ContextRoles.user("tenant-user", "regional-manager"));
        assertThat(view.roles()).extracting(RoleMeta::id).containsExactly("tenant-user", "regional-manager");
        assertThat(view.metadata().tables()).extracting(TableMeta::apiName).containsExactly("users", "orders", "products");
    }

    @Test
    void rolesBeyondTheGrantAre403AndNoCredentialsAre401() throws Exception {
        MultiDbServer server = withAlice();

        HttpResponse<String> widened = TestServer.post(server, "/metadata", "{\"context\":{\"roles\":{\"user\":[\"admin\"]}}}",
                Map.of("Content-Type", "application/json", "Authorization", ALICE));
        HttpResponse<String> anonymous = TestServer.post(server, "/metadata", "{\"context\":{\"roles\":{}}}");

        assertThat(widened.statusCode()).isEqualTo(403);
        assertThat(MultiDbJson.readTree(widened.body()).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(MultiDbJson.readTree(anonymous.body()).get("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void metadataIsPostOnlyAndItsBodyIsReadStrictly() throws Exception {
        MultiDbServer server = server(ServerConfig.defaults());

        HttpResponse<String> get = TestServer.send(server, "GET", "/metadata", Optional.empty(), Map.of());
        HttpResponse<String> noContext = TestServer.post(server, "/metadata", "{}");
        HttpResponse<String> unknownField = TestServer.post(server, "/metadata", "{\"context\":{\"roles\":{}},\"tables\":[]}");

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(noContext.statusCode()).isEqualTo(400);
        assertThat(MultiDbJson.readTree(noContext.body()).get("code").asText()).isEqualTo("INVALID_JSON");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(MultiDbJson.readTree(unknownField.body()).get("path").asText()).contains("tables");
    }

    @Test
    void aQuerysTimeoutReachesTheExecutorAndAQueryWithoutOneHasNone() throws Exception {
        MultiDbServer server = server(ServerConfig.defaults());
        String context = ",\"context\":{\"roles\":{\"user\":[\"admin\"]}}";

        HttpResponse<String> limited = TestServer.post(server, "/query", "{\"definition\":{\"from\":\"orders\",\"columns\":[\"id\"]}" + context + ",\"timeoutMs\":1500}");
        HttpResponse<String> counted = TestServer.post(server, "/query",
                "{\"definition\":{\"from\":\"orders\",\"executeMode\":\"count\"}" + context + ",\"timeoutMs\":2500}");
        HttpResponse<String> unlimited = TestServer.post(server, "/query", "{\"definition\":{\"from\":\"orders\",\"columns\":[\"id\"]}" + context + "}");

        assertThat(List.of(limited.statusCode(), counted.statusCode(), unlimited.statusCode())).containsOnly(200);
        assertThat(pgMain.options).extracting(ExecutionOptions::timeoutMs)
                .containsExactly(Optional.of(1500L), Optional.of(2500L), Optional.empty());
    }

    @Test
    void aTimeoutThatIsNotPositiveIsInvalidJson() throws Exception {
        HttpResponse<String> response = TestServer.post(server(ServerConfig.defaults()), "/query",
                "{\"definition\":{\"from\":\"orders\"},\"context\":{\"roles\":{\"user\":[\"admin\"]}},\"timeoutMs\":0}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = MultiDbJson.readTree(response.body());
        assertThat(body.get("code").asText()).isEqualTo("INVALID_JSON");
        assertThat(body.get("message").asText()).contains("timeoutMs must be positive: 0");
        assertThat(pgMain.options).isEmpty();
    }
}
