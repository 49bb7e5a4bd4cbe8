package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one statement, fetched from a server-side portal {@code fetchSize} rows at a time
 * and read by position. Owns the statement and the borrowed connection until {@link #close()}.
 */
final class PostgresRowCursor implements RowCursor {
    private final HikariDataSource pool;
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final ColumnReader[] readers;
    private final Optional<Long> timeoutMs;
    /** Set by {@link #cancel()} from any thread; the reader's next call fails. */
    private volatile boolean cancelled;
    /** Guarded by {@code this} when set, so that a cancel never reaches a connection already back in the pool. */
    private volatile boolean closed;
    private boolean onRow;

    PostgresRowCursor(HikariDataSource pool, Connection connection, PreparedStatement statement, ResultSet rows,
            ColumnReader[] readers, Optional<Long> timeoutMs) {
        this.pool = pool;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.readers = readers;
        this.timeoutMs = timeoutMs;
    }

    @Override
    public int columnCount() {
        return readers.length;
    }

    @Override
    public boolean next() {
        checkReadable();
        try {
            onRow = rows.next();
            return onRow;
        } catch (SQLException e) {
            onRow = false;
            throw PostgresErrors.statementFailed(e, timeoutMs, cancelled);
        }
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
            throw PostgresErrors.statementFailed(e, timeoutMs, cancelled);
        }
    }

    /**
     * Sends PostgreSQL a cancel request for the connection and makes the reader's next call fail.
     * The request goes through the connection, not {@code Statement.cancel()}: pgjdbc's statement
     * sends nothing once {@code executeQuery} has returned, i.e. while later batches are fetched.
     */
    @Override
    public synchronized void cancel() {
        if (closed || cancelled) {
            return;
        }
        cancelled = true;
        try {
            connection.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            throw PostgresErrors.statementFailed(e, Optional.empty(), true);
        }
    }

    /**
     * A cancel request for whatever {@code connection} runs, before there is a cursor; a failure to send it is dropped,
     * since the statement then ends by itself and the canceller has nobody to report to.
     */
    static void requestCancel(Connection connection) {
        try {
            connection.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            // nothing to stop, or the server is gone: either way the statement fails or ends on its own
        }
    }

    /**
     * Gives the connection back. After a cancel it is discarded instead: the server acts on a
     * cancel request asynchronously, and a late one must not hit the pool's next borrower.
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
        Optional<SQLException> failure = cancelled
                ? StatementRelease.discard(pool, connection, statement)
                : StatementRelease.release(connection, Optional.of(statement));
        if (failure.isPresent()) {
            throw PostgresErrors.statementFailed(failure.get(), Optional.empty(), false);
        }
    }

    private void checkReadable() {
        if (closed) {
            throw new IllegalStateException("cursor is closed");
        }
        if (cancelled) {
            throw new ExecutorException("statement was cancelled", null, Optional.of(PostgresErrors.QUERY_CANCELED), Optional.empty());
        }
    }
}
