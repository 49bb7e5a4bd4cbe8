package com.mkven.multidb.tck.engine;

import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;
import com.mkven.multidb.spi.RowCursor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A hand-written executor for the faults a real engine cannot produce on demand (a ping that
 * fails at start-up, a close that throws): it records what the engine asked of it.
 */
final class StubExecutor implements DbExecutor {
    enum Fault { NONE, PING, EXECUTE, TIMEOUT, CLOSE, UNEXPECTED }

    private final Fault fault;
    private final List<List<Object>> rows;
    final List<String> executedSql = Collections.synchronizedList(new ArrayList<>());
    volatile int closeCalls;

    StubExecutor(Fault fault, List<List<Object>> rows) {
        this.fault = fault;
        this.rows = rows;
    }

    static StubExecutor healthy() {
        return new StubExecutor(Fault.NONE, List.of());
    }

    static StubExecutor failing(Fault fault) {
        return new StubExecutor(fault, List.of());
    }

    static StubExecutor returning(List<List<Object>> rows) {
        return new StubExecutor(Fault.NONE, rows);
    }

    @Override
    public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
        executedSql.add(sql);
        switch (fault) {
            case EXECUTE -> throw new ExecutorException("relation \"public.orders\" does not exist", null, Optional.of("42P01"), Optional.empty());
            case TIMEOUT -> throw new ExecutorTimeoutException(250, null, Optional.of("57014"), Optional.empty());
            case UNEXPECTED -> throw new IllegalStateException("driver bug");
            default -> {
                return new ListCursor(rows);
            }
        }
    }

    @Override
    public void ping() {
        if (fault == Fault.PING) {
            throw new ExecutorException("connection refused", null, Optional.of("08001"), Optional.empty());
        }
    }

    @Override
    public void close() {
        closeCalls++;
        if (fault == Fault.CLOSE) {
            throw new ExecutorException("close failed", null, Optional.empty(), Optional.empty());
        }
    }

    private static final class ListCursor implements RowCursor {
        private final List<List<Object>> rows;
        private int position = -1;

        ListCursor(List<List<Object>> rows) {
            this.rows = rows;
        }

        @Override
        public int columnCount() {
            return rows.isEmpty() ? 0 : rows.get(0).size();
        }

        @Override
        public boolean next() {
            position++;
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
