package com.mkven.multidb.engine;

import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.spi.RowCursor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Streams the rows of one database statement, shaping each row as it is read. */
final class DatabaseQueryStream implements QueryStream {
    private final PreparedQuery query;
    private final String database;
    private final RowCursor cursor;
    private final RowShaper shaper;
    private final QueryResultMeta meta;
    private final Object[] current;
    private long rows;
    private boolean closed;

    DatabaseQueryStream(PreparedQuery query, String database, RowCursor cursor, double executionMs) {
        this.query = requireNonNull(query, "query is null");
        this.database = requireNonNull(database, "database is null");
        this.cursor = requireNonNull(cursor, "cursor is null");
        this.shaper = new RowShaper(query.resolved().columnMappings());
        this.meta = query.meta(Optional.of(executionMs));
        this.current = new Object[shaper.columnCount()];
        if (cursor.columnCount() != shaper.columnCount()) {
            cursor.close();
            throw new IllegalStateException("the database returned %d columns for %d expected".formatted(cursor.columnCount(), shaper.columnCount()));
        }
    }

    @Override
    public QueryResultMeta meta() {
        return meta;
    }

    @Override
    public boolean next() {
        try {
            if (!cursor.next()) {
                query.debug().add(DebugPhase.EXECUTION, "%d rows read".formatted(rows));
                return false;
            }
            for (int i = 0; i < current.length; i++) {
                current[i] = shaper.shape(i, cursor.value(i));
            }
            rows++;
            return true;
        } catch (RuntimeException e) {
            close();
            throw ExecutionFailures.wrap(e, database, query);
        }
    }

    @Override
    public Object value(int column) {
        return current[column];
    }

    @Override
    public Map<String, Object> row() {
        return shaper.toRow(current.clone());
    }

    @Override
    public void cancel() {
        cursor.cancel();
    }

    @Override
    public List<DebugLogEntry> debugLog() {
        return query.debug().entries().orElse(List.of());
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cursor.close();
        }
    }
}
