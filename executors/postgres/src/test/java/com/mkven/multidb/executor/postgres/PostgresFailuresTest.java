package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorContract;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorReads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Database errors keep their SQLState; an unreachable database fails fast; misuse is refused. */
class PostgresFailuresTest {
    private static PostgresExecutor executor;

    @BeforeAll
    static void open() {
        executor = new PostgresExecutor(TestDatabase.config());
    }

    @AfterAll
    static void close() {
        executor.close();
    }

    @Test
    void aSyntaxErrorKeepsItsSqlState() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELEC 1", List.of(), ExecutionOptions.defaults()));

        assertThat(failure.sqlState()).contains("42601");
        assertThat(failure.vendorCode()).isEmpty();
        assertThat(failure).hasMessageContaining("syntax error");
    }

    @Test
    void anUnknownTableKeepsItsSqlState() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("SELECT * FROM no_such_table_xyz", List.of(), ExecutionOptions.defaults()));

        assertThat(failure.sqlState()).contains("42P01");
        assertThat(failure).hasMessageContaining("no_such_table_xyz");
    }

    @Test
    void writesAreRefusedBecauseTheTransactionIsReadOnly() {
        ExecutorException failure = catchThrowableOfType(ExecutorException.class,
                () -> executor.execute("CREATE TABLE executor_test_never (id int)", List.of(), ExecutionOptions.defaults()));

        assertThat(failure.sqlState()).contains("25006");
    }

    @Test
    void pingAnswersWhenTheDatabaseIsUp() {
        executor.ping();
    }

    @Test
    void aDeadPortFailsPingFastWithTheDriversReason() {
        int port = ExecutorReads.deadPort();
        long started = System.nanoTime();
        try (PostgresExecutor dead = new PostgresExecutor(
                PostgresExecutorConfig.of("jdbc:postgresql://127.0.0.1:" + port + "/pg_main", "postgres").withConnectTimeoutMs(1_000))) {
            long constructedMs = (System.nanoTime() - started) / 1_000_000;

            ExecutorException failure = catchThrowableOfType(ExecutorException.class, dead::ping);
            long failedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(constructedMs).isLessThan(1_000);
            assertThat(failedMs).isLessThan(3_000);
            assertThat(failure).hasMessageStartingWith("no PostgreSQL connection within 1000 ms: Connection to 127.0.0.1:" + port + " refused");
            assertThat(failure.sqlState()).contains("08001");
            assertThatThrownBy(() -> dead.execute("SELECT 1", List.of(), ExecutionOptions.defaults()))
                    .isExactlyInstanceOf(ExecutorException.class);
            System.out.printf("dead port: executor built in %d ms, ping failed after %d ms%n", constructedMs, failedMs);
        }
    }

    @Test
    void aClosedExecutorRefusesWork() {
        ExecutorContract.refusesWorkOnceClosed(new PostgresExecutor(TestDatabase.config()), "PostgreSQL executor is closed");
    }

    @Test
    void valueNeedsACurrentRowAndAValidColumn() {
        ExecutorContract.valueNeedsACurrentRowAndAValidColumn(executor);
    }

    @Test
    void nullArgumentsAreRefused() {
        ExecutorContract.refusesNullArguments(executor);
        assertThatIllegalArgumentException().isThrownBy(() -> executor.execute("SELECT $0", List.of(), ExecutionOptions.defaults()));
    }
}
