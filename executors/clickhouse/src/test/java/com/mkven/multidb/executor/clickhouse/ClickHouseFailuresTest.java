package com.mkven.multidb.executor.clickhouse;

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

/** Server errors keep ClickHouse's error code; an unreachable server fails fast; misuse is refused. */
class ClickHouseFailuresTest {
    private static ClickHouseExecutor executor;

    @BeforeAll
    static void open() {
        executor = new ClickHouseExecutor(TestServer.config());
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
        assertThat(failure.vendorCode()).contains(62);
        assertThat(failure.sqlState()).isEmpty();
        assertThat(failure).hasMessageStartingWith("Code: 62. DB::Exception: Syntax error");
    }

    @Test
    void anUnknownTableKeepsItsErrorCode() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT * FROM executor_test_no_such_table", List.of(), ExecutionOptions.defaults()));

        assertThat(failure.vendorCode()).contains(60);
        assertThat(failure).hasMessageContaining("executor_test_no_such_table");
    }

    @Test
    void aTimeoutWithoutALimitOfOursIsAPlainFailure() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT sum(cityHash64(number)) FROM numbers(10000000000) SETTINGS max_execution_time = 0.2",
                        List.of(), ExecutionOptions.defaults()));

        assertThat(failure).isExactlyInstanceOf(ExecutorException.class);
        assertThat(failure.vendorCode()).contains(159);
    }

    @Test
    void theExecutorKeepsWorkingAfterErrorsOnItsOnlyConnection() {
        try (ClickHouseExecutor single = new ClickHouseExecutor(TestServer.config().withMaxConnections(1).withTimeoutMs(200))) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> single.execute("SELEC 1", List.of(), ExecutionOptions.defaults()))
                        .isExactlyInstanceOf(ExecutorException.class);
                assertThatThrownBy(() -> single.execute("SELECT sum(cityHash64(number)) FROM numbers(10000000000)", List.of(),
                        ExecutionOptions.defaults())).isInstanceOf(ExecutorTimeoutException.class);
                try (RowCursor abandoned = single.execute("SELECT number FROM numbers(100000)", List.of(), ExecutionOptions.defaults())) {
                    abandoned.next();
                }
                assertThat(single(single, "SELECT {p1:Int32} + 1", i)).isEqualTo(i + 1L);
            }
        }
    }

    @Test
    void pingAnswersWhenTheServerIsUp() {
        executor.ping();
    }

    @Test
    void aDeadPortFailsPingFastWithTheClientsReason() {
        int port = ExecutorReads.deadPort();
        long started = System.nanoTime();
        try (ClickHouseExecutor dead = new ClickHouseExecutor(
                ClickHouseExecutorConfig.of("jdbc:clickhouse://127.0.0.1:" + port + "/default").withConnectTimeoutMs(1_000))) {
            long constructedMs = (System.nanoTime() - started) / 1_000_000;

            ExecutorException failure = catchThrowableOfType(ExecutorException.class, dead::ping);
            long failedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(constructedMs).isLessThan(1_000);
            assertThat(failedMs).isLessThan(2_000);
            assertThat(failure).isExactlyInstanceOf(ExecutorException.class)
                    .hasMessageStartingWith("ClickHouse at http://127.0.0.1:" + port + ": ")
                    .hasMessageContaining("Connection refused");
            assertThat(failure.vendorCode()).isEmpty();
            assertThat(failure.sqlState()).isEmpty();
            assertThatThrownBy(() -> dead.execute("SELECT 1", List.of(), new ExecutionOptions(10, Optional.of(100L))))
                    .isExactlyInstanceOf(ExecutorException.class);
            System.out.printf("dead port: executor built in %d ms, ping failed after %d ms%n", constructedMs, failedMs);
        }
    }

    @Test
    void aClosedExecutorRefusesWork() {
        ExecutorContract.refusesWorkOnceClosed(new ClickHouseExecutor(TestServer.config()), "ClickHouse executor is closed");
    }

    @Test
    void valueNeedsACurrentRowAndAValidColumn() {
        ExecutorContract.valueNeedsACurrentRowAndAValidColumn(executor);
    }

    @Test
    void nullArgumentsAreRefused() {
        ExecutorContract.refusesNullArguments(executor);
    }
}
