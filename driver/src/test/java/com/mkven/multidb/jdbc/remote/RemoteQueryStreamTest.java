package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.QueryExecutionException;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.Timing;
import com.mkven.multidb.spi.CancelSignal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a streamed {@code execute} answer row by row: typing, the trailer, refusals, cancel. */
class RemoteQueryStreamTest {
    private static final String URL = "http://server/query";
    private static final QueryResultMeta META = new QueryResultMeta(Strategy.DIRECT, "pg-main", Optional.of(DialectName.POSTGRES), List.of(),
            List.of(new ResultColumn("id", ColumnType.UUID, false, "orders", false), new ResultColumn("total", ColumnType.DECIMAL, true, "orders", true)),
            new Timing(0.1, 0.1, Optional.of(1.0)));
    private static final String HEAD = "{\"kind\":\"data\",\"meta\":" + MultiDbJson.write(META) + ",\"data\":[";
    private static final UUID O1 = UUID.fromString("40000000-0000-4000-8000-000000000001");
    private static final String ROW = "{\"id\":\"" + O1 + "\",\"total\":10}";

    private static InputStream answer(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsAreTypedByTheMetaThatLeadsTheAnswerAndTheDebugLogFollowsThem() {
        DebugLogEntry entry = new DebugLogEntry(2, DebugPhase.EXECUTION, "done", Optional.empty());
        RemoteQueryStream stream = RemoteQueryStream.open(answer(HEAD + ROW + ",{\"id\":\"" + O1 + "\",\"total\":\"***\"}],\"debugLog\":["
                + MultiDbJson.write(entry) + "]}"), URL);

        assertThat(stream.meta()).isEqualTo(META);
        assertThat(stream.next()).isTrue();
        assertThat(stream.value(0)).isEqualTo(O1);
        assertThat(stream.value(1)).isEqualTo(BigDecimal.TEN);
        assertThat(stream.next()).isTrue();
        assertThat(stream.row()).containsEntry("total", "***");
        assertThat(stream.next()).isFalse();
        assertThat(stream.next()).isFalse();
        assertThat(stream.debugLog()).containsExactly(entry);
        assertThatThrownBy(stream::row).isInstanceOf(IllegalStateException.class).hasMessage("no current row");
    }

    @Test
    void aFailureTheServerMetAfterItsFirstRowsIsThrownAfterThem() {
        RemoteQueryStream stream = RemoteQueryStream.open(answer(HEAD + ROW + "],\"error\":{\"name\":\"ExecutionError\",\"code\":\"QUERY_FAILED\","
                + "\"message\":\"Query failed on pg-main (postgres)\",\"details\":{\"database\":\"pg-main\",\"dialect\":\"postgres\","
                + "\"sql\":\"SELECT 1\",\"params\":[]}}}"), URL);

        assertThat(stream.next()).isTrue();
        assertThatThrownBy(stream::next).isInstanceOf(QueryExecutionException.class).hasMessage("Query failed on pg-main (postgres)");
    }

    @Test
    void anAnswerThatDoesNotLeadWithMetaIsRefused() {
        for (String refused : List.of("{\"kind\":\"data\",\"data\":[" + ROW + "],\"meta\":" + MultiDbJson.write(META) + "}",
                "{\"kind\":\"count\",\"count\":3}", "[]", "not json")) {
            assertThatThrownBy(() -> RemoteQueryStream.open(answer(refused), URL))
                    .isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("INVALID_RESPONSE"))
                    .hasMessageStartingWith("The answer of " + URL + " is not a streamed DataResult: ");
        }
    }

    @Test
    void aRowOrTrailerThatBreaksTheShapeIsAnInvalidResponse() {
        RemoteQueryStream unknownKey = RemoteQueryStream.open(answer(HEAD + "{\"secret\":1}]}"), URL);
        RemoteQueryStream wrongType = RemoteQueryStream.open(answer(HEAD + "{\"id\":42}]}"), URL);
        RemoteQueryStream strayMember = RemoteQueryStream.open(answer(HEAD + "],\"more\":[]}"), URL);

        for (RemoteQueryStream stream : List.of(unknownKey, wrongType, strayMember)) {
            assertThatThrownBy(stream::next).isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("INVALID_RESPONSE"));
        }
    }

    @Test
    void anAnswerCutShortIsANetworkError() {
        RemoteQueryStream stream = RemoteQueryStream.open(answer(HEAD + ROW + ",{\"id\":\"" + O1), URL);

        assertThat(stream.next()).isTrue();
        assertThatThrownBy(stream::next).isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("NETWORK_ERROR"));
    }

    @Test
    void cancelFromAnotherThreadWakesAReaderWaitingForTheNextRow() throws Exception {
        StalledAnswer answer = new StalledAnswer((HEAD + ROW).getBytes(StandardCharsets.UTF_8));
        RemoteQueryStream stream = RemoteQueryStream.open(answer, URL);
        assertThat(stream.next()).isTrue();
        CompletableFuture<Void> canceller = CompletableFuture.runAsync(stream::cancel, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        assertThatThrownBy(stream::next).isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("STATEMENT_CANCELLED"));
        canceller.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(stream::next).isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("STATEMENT_CANCELLED"));
        assertThat(answer.closed.getCount()).as("the answer is closed").isZero();
    }

    /**
     * An answer whose server has sent its first bytes and then works on: a read past them blocks until the answer is
     * closed, which fails it, as the JDK client's response stream does.
     */
    private static final class StalledAnswer extends InputStream {
        final CountDownLatch closed = new CountDownLatch(1);
        private final ByteArrayInputStream sent;

        StalledAnswer(byte[] sent) {
            this.sent = new ByteArrayInputStream(sent);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (sent.available() > 0) {
                return sent.read(buffer, offset, length);
            }
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            throw new IOException("closed");
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    void theClientStreamsExecuteQueriesOnlyAndRebuildsTheErrorOfARefusal() {
        ScriptedTransport transport = new ScriptedTransport()
                .answer(400, "{\"name\":\"ValidationError\",\"code\":\"VALIDATION_FAILED\",\"message\":\"Validation failed: 1 error\","
                        + "\"fromTable\":\"orders\",\"errors\":[{\"code\":\"UNKNOWN_COLUMN\",\"message\":\"Column 'x' does not exist\","
                        + "\"details\":{\"expected\":\"a column of orders\",\"actual\":\"x\"}}]}")
                .answer(200, HEAD + ROW + "]}");
        MultiDbClient client = MultiDbClient.builder(URI.create("http://server")).transport(transport).build();
        QueryRequest request = new QueryRequest(QueryDefinition.builder("orders").columns("x").build(), ExecutionContext.ofUserRoles("admin"));

        assertThatThrownBy(() -> client.stream(request, new CancelSignal()))
                .isInstanceOfSatisfying(MultiDbException.class, e -> assertThat(e.code()).isEqualTo("VALIDATION_FAILED"));
        List<Object> ids = new ArrayList<>();
        try (var stream = client.stream(request, new CancelSignal())) {
            while (stream.next()) {
                ids.add(stream.value(0));
            }
        }
        assertThat(ids).containsExactly(O1);
        assertThat(transport.requests).hasSize(2).allSatisfy(sent -> assertThat(sent.uri().getPath()).isEqualTo("/query"));
        QueryRequest count = new QueryRequest(QueryDefinition.builder("orders").executeMode(com.mkven.multidb.query.ExecuteMode.COUNT).build(),
                ExecutionContext.ofUserRoles("admin"));
        assertThatThrownBy(() -> client.stream(count, new CancelSignal())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stream() serves executeMode execute; use query() for count");
    }
}
