package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Connections go back to the pool whatever happened, and the pool replaces connections that died. */
class PostgresPoolTest {
    @Test
    void failedStatementsReturnTheirConnection() {
        try (PostgresExecutor one = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1).withConnectTimeoutMs(500))) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> one.execute("SELEC 1", List.of(), ExecutionOptions.defaults())).isInstanceOf(ExecutorException.class);
            }
            try (RowCursor abandoned = one.execute("SELECT generate_series(1, 100000)", List.of(), new ExecutionOptions(10, Optional.empty()))) {
                abandoned.next();
            }
            assertThat(single(one, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void theConnectionTimeoutBoundsTheWaitWhenThePoolIsExhausted() {
        try (PostgresExecutor one = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1).withConnectTimeoutMs(300));
             RowCursor holding = one.execute("SELECT 1", List.of(), ExecutionOptions.defaults())) {
            ExecutorException failure = catchThrowableOfType(ExecutorException.class, one::ping);

            assertThat(failure).hasMessageStartingWith("no PostgreSQL connection within 300 ms: ");
            assertThat(holding.next()).isTrue();
        }
    }

    @Test
    void aTerminatedBackendIsReplacedWithoutFailingTheNextStatement() {
        try (PostgresExecutor one = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1))) {
            int killed = (Integer) single(one, "SELECT pg_backend_pid()");

            TestDatabase.admin("SELECT pg_terminate_backend(" + killed + ", 5000)");
            int replacement = (Integer) single(one, "SELECT pg_backend_pid()");

            assertThat(replacement).isNotEqualTo(killed);
            one.ping();
        }
    }

    @Test
    void aBackendTerminatedWhileIdleForLongIsReplacedToo() throws InterruptedException {
        try (PostgresExecutor one = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(1))) {
            int killed = (Integer) single(one, "SELECT pg_backend_pid()");
            TestDatabase.admin("SELECT pg_terminate_backend(" + killed + ", 5000)");
            Thread.sleep(700);

            assertThat(single(one, "SELECT pg_backend_pid()")).isNotEqualTo(killed);
        }
    }

    @Test
    void concurrentStatementsShareASmallPool() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (PostgresExecutor two = new PostgresExecutor(TestDatabase.config().withMaxPoolSize(2))) {
            List<Future<Long>> sums = new ArrayList<>();
            for (int task = 0; task < 40; task++) {
                int n = 100 + task;
                sums.add(threads.submit(() -> (Long) single(two, "SELECT sum(g)::int8 FROM generate_series(1, $1::int4) g", n)));
            }
            for (int task = 0; task < sums.size(); task++) {
                long n = 100 + task;
                assertThat(sums.get(task).get(30, TimeUnit.SECONDS)).isEqualTo(n * (n + 1) / 2);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
