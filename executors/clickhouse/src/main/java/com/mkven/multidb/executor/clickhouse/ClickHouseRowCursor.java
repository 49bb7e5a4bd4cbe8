package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.client.api.data_formats.ClickHouseBinaryFormatReader;
import com.clickhouse.client.api.query.QueryResponse;
import com.mkven.multidb.spi.RowCursor;

import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one statement, decoded from the HTTP response body as it arrives
 * ({@code RowBinaryWithNamesAndTypes}) and read by position. Owns the response, and with it one
 * pooled HTTP connection, until {@link #close()}.
 *
 * <p>Closing an HTTP response does not stop the server: the client reads the rest of the body so
 * that the connection can be reused. So a cursor closed before its last row, and a cancelled
 * one, first asks the server to stop the statement ({@code KILL QUERY} by its query id), which
 * ends the body early.
 */
final class ClickHouseRowCursor implements RowCursor {
    private final QueryResponse response;
    private final ClickHouseBinaryFormatReader reader;
    private final ColumnReader[] columns;
    private final Optional<Long> timeoutMs;
    private final String baseUrl;
    /** Sends {@code KILL QUERY} for this statement; throws {@code ExecutorException} when that fails. */
    private final Runnable kill;
    /** Set by {@link #cancel()} from any thread; the reader's next call fails. */
    private volatile boolean cancelled;
    /** Guarded by {@code this} when set, so that a cancel after close sends nothing. */
    private volatile boolean closed;
    /** The last row was read, or reading failed: the server has nothing left to stop. */
    private volatile boolean ended;
    private boolean onRow;

    ClickHouseRowCursor(QueryResponse response, ClickHouseBinaryFormatReader reader, ColumnReader[] columns, Optional<Long> timeoutMs,
            String baseUrl, Runnable kill) {
        this.response = response;
        this.reader = reader;
        this.columns = columns;
        this.timeoutMs = timeoutMs;
        this.baseUrl = baseUrl;
        this.kill = kill;
        // a statement without a result header (DDL) has no rows
        this.ended = columns.length == 0;
    }

    @Override
    public int columnCount() {
        return columns.length;
    }

    @Override
    public boolean next() {
        checkReadable();
        onRow = false;
        if (ended) {
            return false;
        }
        try {
            if (!reader.hasNext()) {
                ended = true;
                return false;
            }
            reader.next();
        } catch (RuntimeException e) {
            ended = true;
            throw cancelled ? ClickHouseErrors.cancelled() : ClickHouseErrors.statementFailed(e, timeoutMs, baseUrl);
        }
        // rows decoded while a cancel was on its way are not handed out
        checkReadable();
        onRow = true;
        return true;
    }

    @Override
    public Object value(int column) {
        Objects.checkIndex(column, columns.length);
        checkReadable();
        if (!onRow) {
            throw new IllegalStateException("no current row: next() has not returned true");
        }
        try {
            return columns[column].read(reader, column + 1);
        } catch (RuntimeException e) {
            throw ClickHouseErrors.statementFailed(e, timeoutMs, baseUrl);
        }
    }

    /** Asks the server to stop the statement ({@code KILL QUERY … ASYNC}) and makes the reader's next call fail. */
    @Override
    public synchronized void cancel() {
        if (closed || cancelled) {
            return;
        }
        cancelled = true;
        if (!ended) {
            kill.run();
        }
    }

    /**
     * Stops the statement if rows are left, then releases the response. Failures here are not
     * reported: the rows handed out are complete, and a connection left broken is dropped by the
     * pool. When the kill fails, the client reads the remainder to its end, as it would without it.
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
        if (!ended && !cancelled) {
            try {
                kill.run();
            } catch (RuntimeException e) {
                // reported nowhere on purpose, see above
            }
        }
        try {
            response.close();
        } catch (Exception e) {
            // the body's remainder does not matter once the reader is done with it
        }
    }

    private void checkReadable() {
        if (closed) {
            throw new IllegalStateException("cursor is closed");
        }
        if (cancelled) {
            onRow = false;
            throw ClickHouseErrors.cancelled();
        }
    }
}
