package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorContract;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorReads;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Trino's errors keep their error code (there is no SQLState); an unreachable coordinator fails fast; misuse is refused. */
class TrinoFailuresTest {
    private static TrinoExecutor executor;

    @BeforeAll
    static void open() {
        executor = new TrinoExecutor(TestCoordinator.config());
    }

    @AfterAll
    static void close() {
        executor.close();
    }

    @Test
    void aSyntaxErrorKeepsItsErrorCode() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELEC 1", List.of(), ExecutionOptions.defaults()));

        assertThat(failure).isExactlyInstanceOf(ExecutorException.class);
        assertThat(failure.vendorCode()).contains(1);
        assertThat(failure.sqlState()).isEmpty();
        assertThat(failure).hasMessageStartingWith("Query failed (#").hasMessageContaining("mismatched input 'SELEC'");
    }

    @Test
    void unknownTablesColumnsAndTypeMismatchesKeepTheirErrorCodes() {
        assertThat(codeOf("SELECT * FROM pg_main.public.executor_test_no_such_table")).contains(46);
        assertThat(codeOf("SELECT no_such_column FROM (VALUES 1) AS t(x)")).contains(47);
        assertThat(codeOf("SELECT 1 + 'a'")).contains(58);
    }

    @Test
    void aRuntimeErrorWhileReadingKeepsItsErrorCode() {
        try (RowCursor cursor = executor.execute("SELECT 1 / (x - 3) FROM (VALUES 1, 2, 3) AS t(x)", List.of(), ExecutionOptions.defaults())) {
            ExecutorException failure = catchThrowableOfType(ExecutorException.class, () -> {
                while (cursor.next()) {
                    cursor.value(0);
                }
            });

            assertThat(failure.vendorCode()).contains(8);
            assertThat(failure).hasMessageContaining("Division by zero");
        }
    }

    /** A limit in the URL's session properties is not the executor's: EXCEEDED_TIME_LIMIT is then an ordinary failure. */
    @Test
    void aTimeLimitOfTheSessionsOwnIsAPlainFailure() {
        try (TrinoExecutor sessionLimited = new TrinoExecutor(
                TrinoExecutorConfig.of(TestCoordinator.URL + "?sessionProperties=query_max_run_time:300ms"))) {
            ExecutorException failure = catchThrowableOfType(ExecutorException.class, () -> {
                try (RowCursor cursor = sessionLimited.execute("SELECT count(*) FROM UNNEST(sequence(1, 10000)) a(x) "
                        + "CROSS JOIN UNNEST(sequence(1, 10000)) b(y) WHERE x + y > 0", List.of(), ExecutionOptions.defaults())) {
                    cursor.next();
                }
            });

            assertThat(failure).isExactlyInstanceOf(ExecutorException.class);
            assertThat(failure.vendorCode()).contains(131075);
        }
    }

    @Test
    void theExecutorKeepsWorkingAfterErrors() {
        try (TrinoExecutor limited = new TrinoExecutor(TestCoordinator.config().withTimeoutMs(300))) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> limited.execute("SELEC 1", List.of(), ExecutionOptions.defaults()))
                        .isExactlyInstanceOf(ExecutorException.class);
                assertThat(single(limited, "SELECT ? + 1", i)).isEqualTo(i + 1);
            }
            assertThatThrownBy(() -> {
                try (RowCursor cursor = limited.execute("SELECT count(*) FROM UNNEST(sequence(1, 10000)) a(x) "
                        + "CROSS JOIN UNNEST(sequence(1, 10000)) b(y) WHERE x + y > 0", List.of(), ExecutionOptions.defaults())) {
                    cursor.next();
                }
            }).isInstanceOf(ExecutorTimeoutException.class);
            assertThat(single(limited, "SELECT 2")).isEqualTo(2);
        }
    }

    @Test
    void pingAnswersWhenTheCoordinatorIsUp() {
        executor.ping();
    }

    @Test
    void aDeadPortFailsPingFastWithTheDriversReason() {
        int port = ExecutorReads.deadPort();
        long started = System.nanoTime();
        try (TrinoExecutor dead = new TrinoExecutor(TrinoExecutorConfig.of("jdbc:trino://127.0.0.1:" + port).withHttpTimeoutMs(1_000))) {
            long constructedMs = (System.nanoTime() - started) / 1_000_000;

            ExecutorException failure = catchThrowableOfType(ExecutorException.class, dead::ping);
            long failedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(constructedMs).isLessThan(1_000);
            assertThat(failedMs).isLessThan(3_000);
            assertThat(failure).isExactlyInstanceOf(ExecutorException.class)
                    .hasMessageStartingWith("Trino at jdbc:trino://127.0.0.1:" + port + ": ");
            assertThat(failure.vendorCode()).isEmpty();
            assertThatThrownBy(() -> dead.execute("SELECT 1", List.of(), new ExecutionOptions(10, Optional.of(100L))))
                    .isExactlyInstanceOf(ExecutorException.class);
            System.out.printf("dead port: executor built in %d ms, ping failed after %d ms: %s%n", constructedMs, failedMs, failure.getMessage());
        }
    }

    @Test
    void aClosedExecutorRefusesWork() {
        ExecutorContract.refusesWorkOnceClosed(new TrinoExecutor(TestCoordinator.config()), "Trino executor is closed");
    }

    @Test
    void valueNeedsACurrentRowAndAValidColumn() {
        ExecutorContract.valueNeedsACurrentRowAndAValidColumn(executor);
    }

    @Test
    void nullArgumentsAreRefused() {
        ExecutorContract.refusesNullArguments(executor);
    }

    private static Optional<Integer> codeOf(String sql) {
        return catchThrowableOfType(ExecutorException.class, () -> executor.execute(sql, List.of(), ExecutionOptions.defaults())).vendorCode();
    }
}
