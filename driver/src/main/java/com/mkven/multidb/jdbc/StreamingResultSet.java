package com.mkven.multidb.jdbc;

import com.mkven.multidb.engine.QueryStream;

import java.sql.SQLException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The rows of an {@code execute} query, read from the engine's {@link QueryStream} one at a time, so memory stays
 * bounded whatever the result size. The first row is fetched when the result set opens, so that failures of the
 * first fetch surface from {@code executeQuery} and {@link #isBeforeFirst()} knows whether the result is empty.
 * Closing it closes the stream and with it the database cursor.
 */
final class StreamingResultSet extends AbstractResultSet {
    private final QueryStream stream;
    private final MultiDbStatement statement;
    /** {@code order[i]}: the stream's column shown as column {@code i + 1}. */
    private final int[] order;
    /** 0 for no cap; caps cache-served results too, which ignore {@code limit}. */
    private final long maxRows;
    private final boolean hasRows;
    private boolean firstPending;

    private StreamingResultSet(MultiDbResultSetMetaData metaData, ValueConversions conversions, MultiDbStatement statement,
            QueryStream stream, int[] order, long maxRows, boolean hasRows) {
        super(metaData, conversions, Optional.of(statement));
        this.stream = stream;
        this.statement = statement;
        this.order = order.clone();
        this.maxRows = maxRows;
        this.hasRows = hasRows;
        this.firstPending = hasRows;
    }

    /** Fetches the first row; closes the stream if that fails. */
    static StreamingResultSet open(MultiDbResultSetMetaData metaData, ValueConversions conversions, MultiDbStatement statement,
            QueryStream stream, int[] order, long maxRows) throws SQLException {
        requireNonNull(stream, "stream is null");
        boolean hasRows;
        try {
            hasRows = stream.next();
        } catch (RuntimeException e) {
            stream.close();
            throw statement.failure(e);
        }
        return new StreamingResultSet(metaData, conversions, statement, stream, order, maxRows, hasRows);
    }

    @Override
    boolean advance() throws SQLException {
        if (firstPending) {
            firstPending = false;
            return true;
        }
        if (!hasRows || (maxRows > 0 && row() >= maxRows)) {
            return false;
        }
        try {
            return stream.next();
        } catch (RuntimeException e) {
            throw statement.failure(e);
        }
    }

    @Override
    Object current(int column) {
        return stream.value(order[column]);
    }

    @Override
    boolean hasRows() {
        return hasRows;
    }

    /** Telling would mean reading a row ahead, which a stream cannot give back. */
    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        throw SqlState.FEATURE_NOT_SUPPORTED.exception("isLast() is not supported on a streaming result set: it would read ahead");
    }

    @Override
    void release() throws SQLException {
        try {
            stream.close();
        } catch (RuntimeException e) {
            throw statement.failure(e);
        }
    }
}
