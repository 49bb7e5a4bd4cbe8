package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.spi.CancelSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.mkven.multidb.fixture.TestFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code POST /cancel}: a caller stops its own query, named by the requestId it gave, wherever the query is. */
class CancelEndpointTest {
    private static final String ADMIN = "{\"roles\":{\"user\":[\"admin\"]}}";
    private static final String ORDERS = "{\"from\":\"orders\",\"columns\":[\"id\",\"total\"]}";

    private final StubExecutor pgMain = StubExecutor.returning(List.of(List.of(id("O1"), new BigDecimal("12.50"))), 5).holdStatements();
    private final MultiDb engine = TestServer.fixtureEngine().executor("pg-main", pgMain).build();
    private final MultiDbServer server = TestServer.start(engine);

    @AfterEach
    void stop() {
        pgMain.release();
        server.stop(Duration.ZERO);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return TestServer.post(server, path, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return MultiDbJson.readTree(response.body());
    }

    @Test
    void aQueryStillWaitingForItsDatabaseStopsWhenItsCallerCancelsIt() throws Exception {
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/query", "{\"definition\":" + ORDERS + ",\"context\":" + ADMIN + ",\"requestId\":\"query-0001\"}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(pgMain.started.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> cancel = post("/cancel", "{\"requestId\":\"query-0001\"}");
        HttpResponse<String> answer = running.get(10, TimeUnit.SECONDS);

        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(json(cancel).get("cancelled").booleanValue()).isTrue();
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(json(answer).get("code").asText()).isEqualTo("QUERY_FAILED");
        assertThat(json(answer).get("cause").get("message").asText()).isEqualTo("statement was cancelled");
        assertThat(json(post("/cancel", "{\"requestId\":\"query-0001\"}")).get("cancelled").booleanValue())
                .as("the id is forgotten once the query ended").isFalse();
    }

    @Test
    void anIdNobodyRunsCancelsNothing() throws Exception {
        HttpResponse<String> cancel = post("/cancel", "{\"requestId\":\"never-ran-0001\"}");

        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(json(cancel).get("cancelled").booleanValue()).isFalse();
    }

    @Test
    void aMissingOrMalformedRequestIdIsInvalidJson() throws Exception {
        for (String body : List.of("{}", "{\"requestId\":\"short\"}", "{\"requestId\":\"no spaces allowed\"}", "{\"requestId\":7}")) {
            HttpResponse<String> answer = post("/cancel", body);

            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(json(answer).get("code").asText()).isEqualTo("INVALID_JSON");
            assertThat(json(answer).get("message").asText()).as(body).contains("requestId");
        }
        HttpResponse<String> query = post("/query", "{\"definition\":" + ORDERS + ",\"context\":" + ADMIN + ",\"requestId\":\"a b\"}");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(json(query).get("problem").asText()).isEqualTo("requestId must be 8 to 64 letters, digits, '-' or '_'");
    }

    @Test
    void callersReachOnlyTheirOwnIdsAndAnIdRunsOnceAtATime() {
        RunningQueries running = new RunningQueries();
        Caller alice = new Caller("alice", Optional.empty());
        Caller bob = new Caller("bob", Optional.empty());
        CancelSignal signal = new CancelSignal();

        try (RunningQueries.Registration named = running.register(alice, Optional.of("query-0001"), signal)) {
            assertThat(running.cancel(bob, "query-0001")).isFalse();
            assertThat(signal.isCancelled()).isFalse();
            assertThatThrownBy(() -> running.register(alice, Optional.of("query-0001"), new CancelSignal()))
                    .isInstanceOfSatisfying(RequestRejected.class, rejected -> assertThat(rejected.status()).isEqualTo(409))
                    .hasMessage("A query of yours is already running under requestId query-0001; give each query its own");
            try (RunningQueries.Registration bobs = running.register(bob, Optional.of("query-0001"), new CancelSignal())) {
                assertThat(running.cancel(alice, "query-0001")).isTrue();
            }
        }
        assertThat(signal.isCancelled()).isTrue();
        assertThat(running.cancel(alice, "query-0001")).isFalse();
    }
}
