package com.mkven.multidb.tck.engine;

import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real executor and counts the statements it was asked to run. */
final class CountingExecutor implements DbExecutor {
    private final DbExecutor delegate;
    final AtomicInteger executions = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();

    CountingExecutor(DbExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        executions.incrementAndGet();
        return delegate.execute(sql, params, options);
    }

    @Override
    public void ping() {
        delegate.ping();
    }

    @Override
    public void close() {
        closes.incrementAndGet();
        delegate.close();
    }
}
