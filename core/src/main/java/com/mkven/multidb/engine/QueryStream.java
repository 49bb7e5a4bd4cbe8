package com.mkven.multidb.engine;

import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResultMeta;

import java.util.List;
import java.util.Map;

/**
 * The rows of an {@code execute} query, pulled from the database one at a time with a bounded
 * fetch size and masked on the way out, so a result never has to fit in memory. Values are in
 * the order of {@code meta().columns()}. Must be closed; closing releases the database cursor.
 */
public interface QueryStream extends AutoCloseable {
    /** Strategy, target, dialect, tables and columns; {@code timing.executionMs} is the time to the first row. */
    QueryResultMeta meta();

    /** Moves to the next row; {@code false} when there is none. */
    boolean next();

    /** A value of the current row, 0-based in column order, masked; {@code null} for SQL NULL. */
    Object value(int column);

    /** The current row keyed by result column apiName, in column order. */
    Map<String, Object> row();

    /** Asks the database to stop the statement; safe from another thread. */
    void cancel();

    /** The debug log so far, when the query asked for it. */
    List<DebugLogEntry> debugLog();

    @Override
    void close();
}
