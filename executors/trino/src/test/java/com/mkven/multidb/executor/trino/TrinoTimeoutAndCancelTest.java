package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.mkven.multidb.spi.ExecutorReads.rows;
import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The coordinator enforces the time limit (query_max_run_time); a reader can cancel from another thread. */
class TrinoTimeoutAndCancelTest {
    /** 10¹⁰ rows to count: minutes of work on two cores, stopped by a limit or a cancel long before. */
    private static final String SLOW = "SELECT count(*) /* %s */ FROM UNNEST(sequence(1, 10000)) a(x) "
            + "CROSS JOIN UNNEST(sequence(1, 10000)) b(y) CROSS JOIN UNNEST(sequence(1, 100)) c(z) WHERE x + y + z > 0";

    private static TrinoExecutor observer;

    @BeforeAll
    static void open() {
        observer = new TrinoExecutor(TestCoordinator.config());
    }

    @AfterAll
    static void close() {
        observer.close();
    }

    @Test
    void theConfiguredLimitStopsASlowStatement() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config().withTimeoutMs(500))) {
            long started = System.nanoTime();
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class, () -> readAll(executor, slow(), new ExecutionOptions(100, Optional.empty())));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(timeout.timeoutMs()).isEqualTo(500);
            assertThat(timeout.vendorCode()).contains(131075);
            assertThat(timeout.sqlState()).isEmpty();
            assertThat(timeout).hasMessage("statement exceeded the time limit of 500 ms");
            assertThat(timeout.getCause()).hasMessageContaining("Query exceeded maximum time limit of 500.00ms");
            assertThat(elapsedMs).isBetween(500L, 4_000L);
            System.out.printf("timeout of 500 ms reported after %d ms%n", elapsedMs);
        }
    }

    @Test
    void aSmallerStatementLimitOverridesTheConfiguredOneForThatStatementOnly() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config().withTimeoutMs(120_000))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> readAll(executor, slow(), new ExecutionOptions(100, Optional.of(400L))));

            assertThat(timeout.timeoutMs()).isEqualTo(400);
            assertThat(single(executor, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void aLargerStatementLimitDoesNotLoosenTheConfiguredOne() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config().withTimeoutMs(400))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> readAll(executor, slow(), new ExecutionOptions(100, Optional.of(60_000L))));

            assertThat(timeout.timeoutMs()).isEqualTo(400);
        }
    }

    @Test
    void aStatementLimitAppliesWithoutAConfiguredOne() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config())) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> readAll(executor, slow(), new ExecutionOptions(100, Optional.of(400L))));

            assertThat(timeout.timeoutMs()).isEqualTo(400);
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheReaderAndTheQuery() throws Exception {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config().withTimeoutMs(30_000))) {
            String marker = UUID.randomUUID().toString();
            RowCursor cursor = executor.execute(SLOW.formatted(marker), List.of(), ExecutionOptions.defaults());
            CompletableFuture<Long> canceller = CompletableFuture.supplyAsync(() -> {
                sleep(300);
                long started = System.nanoTime();
                cursor.cancel();
                return (System.nanoTime() - started) / 1_000;
            });
            long started = System.nanoTime();

            ExecutorException cancelled = catchThrowableOfType(ExecutorException.class, cursor::next);
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            long cancelMicros = canceller.get(5, TimeUnit.SECONDS);
            assertThat(cancelled).isNotInstanceOf(ExecutorTimeoutException.class).hasMessage("statement was cancelled");
            assertThat(cancelled.vendorCode()).contains(3);
            assertThat(elapsedMs).isLessThan(2_000);
            cursor.close();
            assertThat(stateOf(marker)).isEqualTo(List.of("FAILED", "USER_CANCELED"));
            assertThat(single(executor, "SELECT 1")).isEqualTo(1);
            System.out.printf("cancel from another thread returned in %d µs; the reader woke after %d ms%n", cancelMicros, elapsedMs);
        }
    }

    @Test
    void theSignalStopsTheQueryWhereverItIsAndABeforehandCancelRunsNothing() throws Exception {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config().withTimeoutMs(30_000))) {
            String marker = UUID.randomUUID().toString();
            CancelSignal signal = new CancelSignal();
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(signal::cancel, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
            long started = System.nanoTime();

            ExecutorException cancelled = catchThrowableOfType(ExecutorException.class,
                    () -> readAll(executor, SLOW.formatted(marker), new ExecutionOptions(1000, Optional.empty(), signal)));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            canceller.get(5, TimeUnit.SECONDS);
            assertThat(cancelled).isNotInstanceOf(ExecutorTimeoutException.class).hasMessage("statement was cancelled");
            assertThat(elapsedMs).isLessThan(3_000);
            assertThat(stateOf(marker)).isEqualTo(List.of("FAILED", "USER_CANCELED"));
            CancelSignal before = new CancelSignal();
            before.cancel();
            String unsent = UUID.randomUUID().toString();
            assertThatThrownBy(() -> executor.execute(SLOW.formatted(unsent), List.of(), new ExecutionOptions(1000, Optional.empty(), before)))
                    .isInstanceOf(ExecutorException.class).hasMessage("statement was cancelled");
            assertThat(rows(observer, "SELECT state FROM system.runtime.queries WHERE strpos(query, ?) > 0 "
                    + "AND strpos(query, 'system.runtime.queries') = 0", List.of(unsent))).as("never sent").isEmpty();
        }
    }

    @Test
    void closingACursorWithRowsLeftCancelsTheQuery() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config())) {
            String marker = UUID.randomUUID().toString();
            RowCursor cursor = executor.execute(SLOW.formatted(marker), List.of(), ExecutionOptions.defaults());

            cursor.close();

            assertThat(stateOf(marker)).isEqualTo(List.of("FAILED", "USER_CANCELED"));
        }
    }

    @Test
    void aCancelBetweenReadsFailsTheNextRead() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config());
             RowCursor cursor = executor.execute("SELECT * FROM TABLE(sequence(start => 1, stop => 10))", List.of(), ExecutionOptions.defaults())) {
            assertThat(cursor.next()).isTrue();

            cursor.cancel();
            cursor.cancel();

            assertThatThrownBy(cursor::next).isExactlyInstanceOf(ExecutorException.class).hasMessage("statement was cancelled");
        }
    }

    @Test
    void cancelAfterCloseDoesNothingAndReadingAClosedCursorIsRefused() {
        try (TrinoExecutor executor = new TrinoExecutor(TestCoordinator.config())) {
            RowCursor cursor = executor.execute("SELECT 1", List.of(), ExecutionOptions.defaults());
            cursor.close();

            cursor.cancel();
            cursor.close();

            assertThatIllegalStateException().isThrownBy(cursor::next).withMessage("cursor is closed");
            assertThat(single(executor, "SELECT 2")).isEqualTo(2);
        }
    }

    private static String slow() {
        return SLOW.formatted(UUID.randomUUID());
    }

    private static void readAll(TrinoExecutor executor, String sql, ExecutionOptions options) {
        try (RowCursor cursor = executor.execute(sql, List.of(), options)) {
            while (cursor.next()) {
                cursor.value(0);
            }
        }
    }

    /** The final state and error of the query whose text holds the marker, as the coordinator reports it; waits for it to end. */
    private static List<Object> stateOf(String marker) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<List<Object>> found;
        do {
            found = rows(observer, "SELECT state, error_code FROM system.runtime.queries WHERE strpos(query, ?) > 0 "
                    + "AND strpos(query, 'system.runtime.queries') = 0", List.of(marker));
            if (found.size() == 1 && List.of("FINISHED", "FAILED").contains(found.get(0).get(0))) {
                return found.get(0);
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the query " + marker + " did not end: " + found);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
