package com.mkven.multidb.server;

import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A hand-written executor: answers each statement with the rows its script gives for the SQL, can hold a statement
 * until the test lets it go, and records what the engine asked of it.
 */
final class StubExecutor implements DbExecutor {
    private final Function<String, List<List<Object>>> script;
    private volatile RuntimeException failureAfterRows;
    final List<String> executedSql = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch started = new CountDownLatch(1);
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile RuntimeException pingFailure;
    volatile int closeCalls;

    private StubExecutor(Function<String, List<List<Object>>> script) {
        this.script = script;
    }

    /** Rows for data queries; {@code count} for {@code SELECT COUNT(*)} statements. */
    static StubExecutor returning(List<List<Object>> rows, long count) {
        return new StubExecutor(sql -> sql.contains("COUNT(*)") ? List.of(List.of(count)) : rows);
    }

    static StubExecutor failing(RuntimeException failure) {
        return new StubExecutor(sql -> {
            throw failure;
        });
    }

    /** Rows, then {@code failure} where the next row would be: a connection lost in the middle of a result. */
    static StubExecutor failingAfter(List<List<Object>> rows, RuntimeException failure) {
        StubExecutor executor = new StubExecutor(sql -> rows);
        executor.failureAfterRows = failure;
        return executor;
    }

    /** Statements wait until {@link #release()}. */
    StubExecutor holdStatements() {
        gate = new CountDownLatch(1);
        return this;
    }

    void release() {
        gate.countDown();
    }

    StubExecutor failPings(RuntimeException failure) {
        pingFailure = failure;
        return this;
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        executedSql.add(sql);
        // a held statement ends early when its cancel signal fires, as a real database statement does
        CountDownLatch held = gate;
        options.cancelSignal().onCancel(held::countDown);
        started.countDown();
        try {
            if (!held.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the statement");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (options.cancelSignal().isCancelled()) {
            throw new ExecutorException("statement was cancelled", null, Optional.of("57014"), Optional.empty());
        }
        return new ListCursor(script.apply(sql), failureAfterRows);
    }

    @Override
    public void ping() {
        if (pingFailure != null) {
            throw pingFailure;
        }
    }

    @Override
    public void close() {
        closeCalls++;
    }

    private static final class ListCursor implements RowCursor {
        private final List<List<Object>> rows;
        private final RuntimeException failureAtEnd;
        private int position = -1;

        ListCursor(List<List<Object>> rows, RuntimeException failureAtEnd) {
            this.rows = rows;
            this.failureAtEnd = failureAtEnd;
        }

        @Override
        public int columnCount() {
            return rows.isEmpty() ? 0 : rows.get(0).size();
        }

        @Override
        public boolean next() {
            position++;
            if (position == rows.size() && failureAtEnd != null) {
                throw failureAtEnd;
            }
            return position < rows.size();
        }

        @Override
        public Object value(int column) {
            return rows.get(position).get(column);
        }

        @Override
        public void cancel() {}

        @Override
        public void close() {}
    }
}
