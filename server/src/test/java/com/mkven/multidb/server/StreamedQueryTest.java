package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.spi.ExecutorException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.mkven.multidb.server.TestServer.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** execute queries stream their rows into the answer; the result is the one the engine gives in-process. */
class StreamedQueryTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final String ADMIN_JSON = "{\"roles\":{\"user\":[\"admin\"]}}";

    private static List<List<Object>> rows(int count) {
        List<List<Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(List.of(new UUID(0x4000_0000_0000_4000L, 0x8000_0000_0000_0000L + i).toString(),
                    BigDecimal.valueOf(i, 2), i % 2 == 0 ? "active" : "shipped"));
        }
        return rows;
    }

    @Test
    void aLargeResultArrivesChunkedAndEqualToTheInProcessOne() throws Exception {
        List<List<Object>> rows = rows(20_000);
        QueryDefinition orders = definition("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\"]}");
        DataResult expected = (DataResult) TestServer.fixtureEngine().executor("pg-main", StubExecutor.returning(rows, 0)).build()
                .query(orders, ADMIN);
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", StubExecutor.returning(rows, 0)).build());
        try {
            HttpResponse<String> raw = TestServer.post(server, "/query", "{\"definition\":" + MultiDbJson.write(orders)
                    + ",\"context\":" + ADMIN_JSON + "}");
            DataResult remote = (DataResult) MultiDbClient.builder(server.baseUri()).build().query(orders, ADMIN);

            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.headers().firstValue("Transfer-Encoding")).contains("chunked");
            assertThat(raw.body()).startsWith("{\"kind\":\"data\",\"meta\":{").contains(
                    "\"data\":[{\"id\":\"40000000-0000-4000-8000-000000000000\",\"total\":0.00,\"status\":\"active\"}");
            assertThat(remote.data()).hasSize(20_000).isEqualTo(expected.data());
            assertThat(remote.meta().columns()).isEqualTo(expected.meta().columns());
            assertThat(remote.debugLog()).isEmpty();
        } finally {
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void aFailureAfterTheFirstRowsEndsTheAnswerWithTheErrorAndTheClientThrowsIt() throws Exception {
        StubExecutor dropping = StubExecutor.failingAfter(rows(3), new ExecutorException("connection lost",
                null, Optional.of("08006"), Optional.empty()));
        MultiDb engine = TestServer.fixtureEngine().executor("pg-main", dropping).build();
        MultiDbServer server = TestServer.start(engine);
        String request = "{\"definition\":{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\"]},\"context\":" + ADMIN_JSON + "}";
        try {
            HttpResponse<String> raw = TestServer.post(server, "/query", request);
            JsonNode body = MultiDbJson.readTree(raw.body());

            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(body.get("data")).hasSize(3);
            assertThat(body.has("meta")).as("meta leads the document").isTrue();
            assertThat(body.get("error").get("code").asText()).isEqualTo("QUERY_FAILED");
            assertThat(body.get("error").get("cause").get("message").asText()).isEqualTo("connection lost");
            assertThatThrownBy(() -> MultiDbClient.builder(server.baseUri()).build()
                    .query(definition("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\"]}"), ADMIN))
                    .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.code()).isEqualTo("QUERY_FAILED"));
        } finally {
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void theDebugLogFollowsTheRowsWhenAskedFor() {
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", StubExecutor.returning(rows(2), 0)).build());
        try {
            MultiDbClient client = MultiDbClient.builder(server.baseUri()).build();

            DataResult debug = (DataResult) client.query(definition("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\"],\"debug\":true}"), ADMIN);

            assertThat(debug.data()).hasSize(2);
            assertThat(debug.debugLog()).hasValueSatisfying(entries -> assertThat(entries)
                    .extracting(DebugLogEntry::message).anySatisfy(message -> assertThat(message).contains("2 rows read")));
        } finally {
            server.stop(Duration.ZERO);
        }
    }
}
