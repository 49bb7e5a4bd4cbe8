package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The server enforces the time limit (statement_timeout); a reader can cancel from another thread. */
class PostgresTimeoutAndCancelTest {
    private static final String SLEEP = "SELECT pg_sleep(5)";
    /** The first row at once, the second after five seconds: a cursor is open while the server works. */
    private static final String SLOW_SECOND_ROW = "SELECT g, pg_sleep(CASE WHEN g = 1 THEN 0 ELSE 5 END) FROM generate_series(1, 2) g";

    @Test
    void theConfiguredLimitStopsASlowStatement() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(200))) {
            long started = System.nanoTime();
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLEEP, List.of(), ExecutionOptions.defaults()));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(timeout.timeoutMs()).isEqualTo(200);
            assertThat(timeout.sqlState()).contains("57014");
            assertThat(timeout).hasMessage("statement exceeded the time limit of 200 ms");
            assertThat(elapsedMs).isBetween(200L, 1_000L);
            System.out.printf("timeout of 200 ms reported after %d ms%n", elapsedMs);
        }
    }

    @Test
    void theConfiguredLimitHoldsForEveryStatementOnAPooledConnection() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(200).withMaxPoolSize(1))) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> executor.execute(SLEEP, List.of(), ExecutionOptions.defaults()))
                        .isInstanceOf(ExecutorTimeoutException.class);
                assertThat(single(executor, "SHOW statement_timeout")).isEqualTo("200ms");
            }
        }
    }

    @Test
    void aSmallerStatementLimitOverridesTheConfiguredOneForThatStatementOnly() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(30_000).withMaxPoolSize(1))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLEEP, List.of(), new ExecutionOptions(100, Optional.of(200L))));

            assertThat(timeout.timeoutMs()).isEqualTo(200);
            assertThat(single(executor, "SHOW statement_timeout")).isEqualTo("30s");
        }
    }

    @Test
    void aLargerStatementLimitDoesNotLoosenTheConfiguredOne() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(200))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLEEP, List.of(), new ExecutionOptions(100, Optional.of(60_000L))));

            assertThat(timeout.timeoutMs()).isEqualTo(200);
        }
    }

    @Test
    void aStatementLimitAppliesWithoutAConfiguredOne() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1))) {
            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class,
                    () -> executor.execute(SLEEP, List.of(), new ExecutionOptions(100, Optional.of(300L))));

            assertThat(timeout.timeoutMs()).isEqualTo(300);
            assertThat(single(executor, "SHOW statement_timeout")).isEqualTo("0");
        }
    }

    @Test
    void theLimitAlsoStopsAFetchAfterTheFirstRows() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(300));
             RowCursor cursor = executor.execute(SLOW_SECOND_ROW, List.of(), new ExecutionOptions(1, Optional.empty()))) {
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.value(0)).isEqualTo(1);

            ExecutorTimeoutException timeout = catchThrowableOfType(ExecutorTimeoutException.class, cursor::next);

            assertThat(timeout.timeoutMs()).isEqualTo(300);
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheRunningFetch() throws Exception {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(30_000).withMaxPoolSize(1))) {
            RowCursor cursor = executor.execute(SLOW_SECOND_ROW, List.of(), new ExecutionOptions(1, Optional.empty()));
            assertThat(cursor.next()).isTrue();
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                sleep(200);
                cursor.cancel();
            });
            long started = System.nanoTime();

            ExecutorException cancelled = catchThrowableOfType(ExecutorException.class, cursor::next);
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            canceller.get(5, TimeUnit.SECONDS);
            assertThat(cancelled).isNotInstanceOf(ExecutorTimeoutException.class);
            assertThat(cancelled.sqlState()).contains("57014");
            assertThat(elapsedMs).isLessThan(2_000);
            System.out.printf("cancel from another thread took effect after %d ms%n", elapsedMs);
            cursor.close();
            assertThat(single(executor, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void theSignalStopsAStatementStillWorkingTowardsItsFirstRow() throws Exception {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withTimeoutMs(30_000).withMaxPoolSize(1))) {
            CancelSignal signal = new CancelSignal();
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(signal::cancel, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
            long started = System.nanoTime();

            ExecutorException cancelled = catchThrowableOfType(ExecutorException.class,
                    () -> executor.execute(SLEEP, List.of(), new ExecutionOptions(1, Optional.empty(), signal)));
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            canceller.get(5, TimeUnit.SECONDS);
            assertThat(cancelled).isNotInstanceOf(ExecutorTimeoutException.class);
            assertThat(cancelled.sqlState()).contains("57014");
            assertThat(elapsedMs).isBetween(250L, 2_000L);
            System.out.printf("cancel before the first row took effect after %d ms%n", elapsedMs);
            // the connection a cancel request went to is discarded: the next statement gets a fresh one and is not hit
            assertThat(single(executor, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void aSignalCancelledBeforehandRunsNothingAndLaterSignalsStillWork() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1))) {
            CancelSignal signal = new CancelSignal();
            signal.cancel();

            assertThatThrownBy(() -> executor.execute(SLEEP, List.of(), new ExecutionOptions(1, Optional.empty(), signal)))
                    .isExactlyInstanceOf(ExecutorException.class)
                    .hasMessage("statement was cancelled before it started");
            try (RowCursor cursor = executor.execute("SELECT generate_series(1, 3)", List.of(), new ExecutionOptions(1, Optional.empty(), new CancelSignal()))) {
                assertThat(cursor.next()).isTrue();
            }
        }
    }

    @Test
    void theSignalAlsoCancelsTheCursorOnceItExists() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config())) {
            CancelSignal signal = new CancelSignal();
            try (RowCursor cursor = executor.execute("SELECT generate_series(1, 10)", List.of(), new ExecutionOptions(2, Optional.empty(), signal))) {
                assertThat(cursor.next()).isTrue();

                signal.cancel();

                assertThatThrownBy(cursor::next).isExactlyInstanceOf(ExecutorException.class).hasMessage("statement was cancelled");
            }
        }
    }

    @Test
    void aCancelBetweenFetchesFailsTheNextRead() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config());
             RowCursor cursor = executor.execute("SELECT generate_series(1, 10)", List.of(), new ExecutionOptions(2, Optional.empty()))) {
            assertThat(cursor.next()).isTrue();

            cursor.cancel();

            assertThatThrownBy(cursor::next)
                    .isExactlyInstanceOf(ExecutorException.class)
                    .hasMessage("statement was cancelled");
        }
    }

    @Test
    void cancelAfterCloseDoesNothingAndReadingAClosedCursorIsRefused() {
        try (PostgresExecutor executor = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1))) {
            RowCursor cursor = executor.execute("SELECT 1", List.of(), ExecutionOptions.defaults());
            cursor.close();

            cursor.cancel();
            cursor.close();

            assertThatIllegalStateException().isThrownBy(cursor::next).withMessage("cursor is closed");
            assertThat(single(executor, "SELECT 2")).isEqualTo(2);
        }
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
