package com.mkven.multidb.tck.remote;

import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import com.mkven.multidb.spi.RowCursor;

import java.util.List;
import java.util.Optional;

/**
 * A database whose statements run for a minute and that honours a statement's time limit as the real executors do:
 * it stops the statement when the limit passes and reports the limit ({@link ExecutorTimeoutException}). PostgreSQL
 * cannot be made slow through MultiDB, which offers no {@code pg_sleep}.
 */
final class SlowExecutor implements DbExecutor {
    private static final long STATEMENT_MS = 60_000;

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        long limit = options.timeoutMs().orElse(STATEMENT_MS);
        try {
            Thread.sleep(Math.min(limit, STATEMENT_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ExecutorTimeoutException(limit, null, Optional.of("57014"), Optional.empty());
    }

    @Override
    public void ping() {}

    @Override
    public void close() {}
}
