package com.mkven.multidb.spi;

/**
 * A forward-only cursor over the rows of one statement, read by position (decisions.md §12:
 * result columns are matched by position, never by the name the database echoes). Closing it
 * releases the statement and its connection; it must be closed.
 */
public interface RowCursor extends AutoCloseable {
    int columnCount();

    /** Moves to the next row; {@code false} when there is none. */
    boolean next();

    /** The value of a column of the current row, 0-based; {@code null} for SQL NULL. */
    Object value(int column);

    /** Asks the database to stop the running statement; safe to call from another thread. */
    void cancel();

    @Override
    void close();
}
