package com.mkven.multidb.jdbc.testing;

import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * Rows produced one at a time (a generated row is never kept once the reader moved on, so a test can stream more
 * rows than memory holds), optionally waiting before a given row until cancelled, like a database still working.
 */
public final class ScriptedCursor implements RowCursor {
    private final int columnCount;
    private final long rowCount;
    private final LongFunction<Object[]> rowAt;
    private final long blockBeforeRow;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final CountDownLatch blocking = new CountDownLatch(1);
    private volatile boolean closed;
    private long position = -1;
    private Object[] current;

    private ScriptedCursor(int columnCount, long rowCount, LongFunction<Object[]> rowAt, long blockBeforeRow) {
        this.columnCount = columnCount;
        this.rowCount = rowCount;
        this.rowAt = rowAt;
        this.blockBeforeRow = blockBeforeRow;
    }

    public static ScriptedCursor rows(int columnCount, List<Object[]> rows) {
        return new ScriptedCursor(columnCount, rows.size(), index -> rows.get((int) index), -1);
    }

    public static ScriptedCursor generated(int columnCount, long rowCount, LongFunction<Object[]> rowAt) {
        return new ScriptedCursor(columnCount, rowCount, rowAt, -1);
    }

    /** Rows that stop before row {@code blockBeforeRow} (0-based) until {@link #cancel()}. */
    public static ScriptedCursor blocking(int columnCount, long rowCount, LongFunction<Object[]> rowAt, long blockBeforeRow) {
        return new ScriptedCursor(columnCount, rowCount, rowAt, blockBeforeRow);
    }

    @Override
    public int columnCount() {
        return columnCount;
    }

    @Override
    public boolean next() {
        if (closed) {
            throw new IllegalStateException("cursor is closed");
        }
        if (position + 1 == blockBeforeRow) {
            blocking.countDown();
            await(cancelled);
        }
        if (cancelled.getCount() == 0) {
            throw new ExecutorException("canceling statement due to user request", null, Optional.of("57014"), Optional.empty());
        }
        if (position + 1 >= rowCount) {
            current = null;
            return false;
        }
        position++;
        current = rowAt.apply(position);
        return true;
    }

    @Override
    public Object value(int column) {
        return current[column];
    }

    @Override
    public void cancel() {
        cancelled.countDown();
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Rows handed out so far. */
    public long rowsRead() {
        return position + 1;
    }

    /** Waits until the reader reached the blocking row. */
    public void awaitBlocked() {
        await(blocking);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 10 s in a scripted cursor");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
