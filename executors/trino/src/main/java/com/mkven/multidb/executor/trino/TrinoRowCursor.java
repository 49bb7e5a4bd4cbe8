package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.RowCursor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one statement, read by position as Trino JDBC fetches them page by page. Owns the
 * statement and its connection until {@link #close()}; closing before the last row makes the
 * driver cancel the query on the coordinator.
 */
final class TrinoRowCursor implements RowCursor {
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final ColumnReader[] readers;
    private final Optional<Long> timeoutMs;
    private final String coordinator;
    /** Set by {@link #cancel()} from any thread; the reader's next call fails. */
    private volatile boolean cancelled;
    /** Guarded by {@code this} when set, so that a cancel never reaches a closed statement. */
    private volatile boolean closed;
    private boolean onRow;

    TrinoRowCursor(Connection connection, PreparedStatement statement, ResultSet rows, ColumnReader[] readers, Optional<Long> timeoutMs,
            String coordinator) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.readers = readers;
        this.timeoutMs = timeoutMs;
        this.coordinator = coordinator;
    }

    @Override
    public int columnCount() {
        return readers.length;
    }

    @Override
    public boolean next() {
        checkReadable();
        onRow = false;
        boolean found;
        try {
            found = rows.next();
        } catch (SQLException e) {
            throw cancelled ? TrinoErrors.cancelled() : TrinoErrors.statementFailed(e, timeoutMs, coordinator);
        }
        // a row fetched while a cancel was on its way is not handed out
        checkReadable();
        onRow = found;
        return found;
    }

    @Override
    public Object value(int column) {
        Objects.checkIndex(column, readers.length);
        checkReadable();
        if (!onRow) {
            throw new IllegalStateException("no current row: next() has not returned true");
        }
        try {
            return readers[column].read(rows, column + 1);
        } catch (SQLException e) {
            throw TrinoErrors.statementFailed(e, timeoutMs, coordinator);
        }
    }

    /**
     * Cancels the query on the coordinator through the driver ({@code Statement.cancel()}: it
     * closes the result, which deletes the query); a reader waiting for the next page wakes up
     * and its call fails.
     */
    @Override
    public synchronized void cancel() {
        if (closed || cancelled) {
            return;
        }
        cancelled = true;
        try {
            statement.cancel();
        } catch (SQLException e) {
            throw TrinoErrors.statementFailed(e, Optional.empty(), coordinator);
        }
    }

    /**
     * Closes the result (which cancels a query that has rows left), the statement and the
     * connection. After a cancel, what fails here is not reported: the query is gone already.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        onRow = false;
        // closed in reverse order, each attempted, later failures suppressed
        try (connection; statement; rows) {
            // nothing to do but close
        } catch (SQLException e) {
            if (!cancelled) {
                throw TrinoErrors.statementFailed(e, Optional.empty(), coordinator);
            }
        }
    }

    private void checkReadable() {
        if (closed) {
            throw new IllegalStateException("cursor is closed");
        }
        if (cancelled) {
            onRow = false;
            throw TrinoErrors.cancelled();
        }
    }
}
