package com.mkven.multidb.executor.clickhouse;

import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The server enforces the time limit (max_execution_time); a reader can cancel from another thread. */
class ClickHouseTimeoutAndCancelTest {
    /** Keeps one core busy until a limit stops it (hours of work otherwise); the server checks its limit between blocks. */
    private static final String SLOW = "SELECT sum(cityHash64(number)) FROM numbers(10000000000)";

    @Test
    void theConfiguredLimitStopsASlowStatement() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config().withTimeoutMs(300))) {
            long started = System.nanoTime();
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLOW, List.of(), ExecutionOptions.defaults()));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(timeout.timeoutMs()).isEqualTo(300);
            assertThat(timeout.vendorCode()).contains(159);
            assertThat(timeout.sqlState()).isEmpty();
            assertThat(timeout).hasMessage("statement exceeded the time limit of 300 ms");
            assertThat(timeout.getCause()).hasMessageContaining("TIMEOUT_EXCEEDED");
            assertThat(elapsedMs).isBetween(300L, 2_000L);
            System.out.printf("timeout of 300 ms reported after %d ms%n", elapsedMs);
        }
    }

    @Test
    void aSmallerStatementLimitOverridesTheConfiguredOneForThatStatementOnly() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config().withTimeoutMs(30_000))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLOW, List.of(), new ExecutionOptions(100, Optional.of(250L))));

            assertThat(timeout.timeoutMs()).isEqualTo(250);
            assertThat(timeout.getCause()).hasMessageContaining("maximum: 250 ms");
            assertThat(single(executor, "SELECT count() FROM numbers(10)")).isEqualTo(10L);
        }
    }

    @Test
    void aLargerStatementLimitDoesNotLoosenTheConfiguredOne() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config().withTimeoutMs(200))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLOW, List.of(), new ExecutionOptions(100, Optional.of(60_000L))));

            assertThat(timeout.timeoutMs()).isEqualTo(200);
        }
    }

    @Test
    void aStatementLimitAppliesWithoutAConfiguredOne() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config())) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLOW, List.of(), new ExecutionOptions(100, Optional.of(200L))));

            assertThat(timeout.timeoutMs()).isEqualTo(200);
        }
    }

    @Test
    void theLimitIsSentInSecondsWithMillisecondPrecision() {
        assertThat(ClickHouseExecutor.seconds(200)).isEqualTo("0.2");
        assertThat(ClickHouseExecutor.seconds(1_500)).isEqualTo("1.5");
        assertThat(ClickHouseExecutor.seconds(60_000)).isEqualTo("60");
        assertThat(ClickHouseExecutor.seconds(1)).isEqualTo("0.001");
    }

    /** A server that accepts the connection and never answers: only the client's socket timeout (limit + grace) ends the wait. */
    @Test
    void theSocketTimeoutBacksUpAServerThatNeverAnswers() throws Exception {
        try (SilentServer silent = new SilentServer();
             ClickHouseExecutor executor = new ClickHouseExecutor(
                     ClickHouseExecutorConfig.of("jdbc:clickhouse://127.0.0.1:" + silent.port()).withTimeoutMs(200))) {
            long started = System.nanoTime();
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute("SELECT 1", List.of(), ExecutionOptions.defaults()));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(timeout.timeoutMs()).isEqualTo(200);
            assertThat(timeout.vendorCode()).isEmpty();
            assertThat(elapsedMs).isBetween(200 + ClickHouseExecutor.SOCKET_TIMEOUT_GRACE_MS, 4_000L);
            System.out.printf("silent server: timeout of 200 ms reported by the socket after %d ms%n", elapsedMs);
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheReader() throws Exception {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config())) {
            RowCursor cursor = executor.execute("SELECT number FROM numbers(1000000)", List.of(), ExecutionOptions.defaults());
            AtomicLong read = new AtomicLong();
            CompletableFuture<Long> canceller = CompletableFuture.supplyAsync(() -> {
                while (read.get() < 1_000) {
                    Thread.onSpinWait();
                }
                long started = System.nanoTime();
                cursor.cancel();
                return (System.nanoTime() - started) / 1_000;
            });

            ExecutorException cancelled = catchThrowableOfType(ExecutorException.class, () -> {
                while (cursor.next()) {
                    cursor.value(0);
                    read.incrementAndGet();
                }
            });

            long cancelMicros = canceller.get(5, TimeUnit.SECONDS);
            assertThat(cancelled).isNotInstanceOf(ExecutorTimeoutException.class).hasMessage("statement was cancelled");
            assertThat(cancelled.vendorCode()).contains(394);
            assertThat(read.get()).isBetween(1_000L, 999_999L);
            cursor.close();
            assertThat(single(executor, "SELECT 1")).isEqualTo(1);
            System.out.printf("cancel (KILL QUERY) took %d µs; the reader stopped after %d rows%n", cancelMicros, read.get());
        }
    }

    /**
     * Before the first row the signal kills the query by its id; the test endpoint runs one request at a time, so a KILL
     * there waits for the query it should stop, and only the signal's two ends are shown: cancelled before the statement
     * was sent, and cancelling the cursor once there is one.
     */
    @Test
    void theSignalRefusesToStartAfterACancelAndCancelsTheCursorOnceItExists() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config())) {
            CancelSignal before = new CancelSignal();
            before.cancel();

            assertThatThrownBy(() -> executor.execute(SLOW, List.of(), new ExecutionOptions(100, Optional.empty(), before)))
                    .isInstanceOf(ExecutorException.class).hasMessage("statement was cancelled");

            CancelSignal signal = new CancelSignal();
            try (RowCursor cursor = executor.execute("SELECT number FROM numbers(100000)", List.of(), new ExecutionOptions(100, Optional.empty(), signal))) {
                assertThat(cursor.next()).isTrue();
                signal.cancel();
                assertThatThrownBy(cursor::next).isInstanceOf(ExecutorException.class).hasMessage("statement was cancelled");
            }
            assertThat(single(executor, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void aCancelBetweenReadsFailsTheNextRead() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config());
             RowCursor cursor = executor.execute("SELECT number FROM numbers(10)", List.of(), ExecutionOptions.defaults())) {
            assertThat(cursor.next()).isTrue();

            cursor.cancel();
            cursor.cancel();

            assertThatThrownBy(cursor::next).isExactlyInstanceOf(ExecutorException.class).hasMessage("statement was cancelled");
            assertThatThrownBy(() -> cursor.value(0)).isExactlyInstanceOf(ExecutorException.class);
        }
    }

    @Test
    void cancelAfterCloseDoesNothingAndReadingAClosedCursorIsRefused() {
        try (ClickHouseExecutor executor = new ClickHouseExecutor(TestServer.config().withMaxConnections(1))) {
            RowCursor cursor = executor.execute("SELECT 1", List.of(), ExecutionOptions.defaults());
            cursor.close();

            cursor.cancel();
            cursor.close();

            assertThatIllegalStateException().isThrownBy(cursor::next).withMessage("cursor is closed");
            assertThat(single(executor, "SELECT 2")).isEqualTo(2);
        }
    }

    /** Accepts connections and holds them open without reading or writing a byte. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new ArrayList<>();
        private final Thread acceptor;

        SilentServer() throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::acceptAll, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void acceptAll() {
            try {
                while (true) {
                    Socket connection = socket.accept();
                    synchronized (accepted) {
                        accepted.add(connection);
                    }
                }
            } catch (IOException e) {
                // closed: the test is over
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket connection : accepted) {
                    connection.close();
                }
            }
        }
    }
}
