package com.mkven.multidb.jdbc;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Everything a result set does on top of "move to the next row" and "the value in column i": the typed getters with
 * their JDBC conversions, {@code wasNull}, labels, state checks and closing. The streaming result set and the in-memory
 * one (count, sql-only and DatabaseMetaData results) differ only in {@link #advance()}, {@link #current(int)} and
 * {@link #release()}.
 */
abstract class AbstractResultSet extends ReadOnlyResultSetSupport {
    private final MultiDbResultSetMetaData metaData;
    private final ValueConversions conversions;
    private final Optional<MultiDbStatement> statement;
    private final Map<String, Integer> exactLabels = new HashMap<>();
    private final Map<String, Integer> foldedLabels = new HashMap<>();
    private boolean closed;
    private boolean wasNull;
    private int row;
    private boolean afterLast;
    private int fetchSize;

    AbstractResultSet(MultiDbResultSetMetaData metaData, ValueConversions conversions, Optional<MultiDbStatement> statement) {
        this.metaData = requireNonNull(metaData, "metaData is null");
        this.conversions = requireNonNull(conversions, "conversions is null");
        this.statement = requireNonNull(statement, "statement is null");
        List<ColumnDescriptor> columns = metaData.columns();
        for (int i = columns.size() - 1; i >= 0; i--) {
            // the first column with a label wins, as JDBC's findColumn asks
            exactLabels.put(columns.get(i).label(), i + 1);
            foldedLabels.put(columns.get(i).label().toLowerCase(Locale.ROOT), i + 1);
        }
    }

    /** Moves the source to its next row; {@code false} when there is none. */
    abstract boolean advance() throws SQLException;

    /** A value of the current row, 0-based; {@code null} for SQL NULL. */
    abstract Object current(int column);

    /** Frees what the source holds (the database cursor); called once. */
    abstract void release() throws SQLException;

    @Override
    public final boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        if (advance()) {
            row++;
            return true;
        }
        afterLast = true;
        return false;
    }

    @Override
    public final void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            release();
        } finally {
            if (statement.isPresent()) {
                statement.get().resultSetClosed(this);
            }
        }
    }

    @Override
    public final boolean isClosed() {
        return closed;
    }

    @Override
    public final boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    /**
     * The value in {@code column} (1-based) of the current row, recording whether it was NULL.
     *
     * @throws SQLException {@code 07009} for a column out of range, {@code 24000} when there is no current row
     */
    final Object valueAt(int column) throws SQLException {
        checkOpen();
        metaData.column(column);
        if (row == 0 || afterLast) {
            throw SqlState.INVALID_CURSOR_STATE.exception(afterLast
                    ? "No current row: the result set is past its last row"
                    : "No current row: call next() first");
        }
        Object value = current(column - 1);
        wasNull = value == null;
        return value;
    }

    final ColumnDescriptor descriptor(int column) throws SQLException {
        return metaData.column(column);
    }

    final ValueConversions conversions() {
        return conversions;
    }

    final int row() {
        return row;
    }

    final void checkOpen() throws SQLException {
        if (closed) {
            throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("Result set is closed");
        }
    }

    @Override
    public final String getString(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toText(value);
    }

    @Override
    public final boolean getBoolean(int column) throws SQLException {
        Object value = valueAt(column);
        return value != null && conversions.toBoolean(value);
    }

    @Override
    public final byte getByte(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? 0 : (byte) conversions.toIntegral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public final short getShort(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? 0 : (short) conversions.toIntegral(value, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public final int getInt(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? 0 : (int) conversions.toIntegral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public final long getLong(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? 0 : conversions.toIntegral(value, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public final float getFloat(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? 0 : (float) conversions.toDouble(value);
    }

    @Override
    public final double getDouble(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? 0 : conversions.toDouble(value);
    }

    @Override
    public final BigDecimal getBigDecimal(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toBigDecimal(value);
    }

    @Deprecated
    @Override
    public final BigDecimal getBigDecimal(int column, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(column);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** No column type is binary. */
    @Override
    public final byte[] getBytes(int column) throws SQLException {
        Object value = valueAt(column);
        if (value == null) {
            return null;
        }
        throw SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception("Cannot convert a %s column to byte[]: no MultiDB column type is binary"
                .formatted(descriptor(column).typeName()));
    }

    @Override
    public final Date getDate(int column) throws SQLException {
        return getDate(column, (Calendar) null);
    }

    @Override
    public final Time getTime(int column) throws SQLException {
        return getTime(column, (Calendar) null);
    }

    @Override
    public final Timestamp getTimestamp(int column) throws SQLException {
        return getTimestamp(column, (Calendar) null);
    }

    @Override
    public final Date getDate(int column, Calendar calendar) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toDate(value, Optional.ofNullable(calendar));
    }

    @Override
    public final Time getTime(int column, Calendar calendar) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toTime(value, Optional.ofNullable(calendar));
    }

    @Override
    public final Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toTimestamp(value, Optional.ofNullable(calendar));
    }

    @Override
    public final Object getObject(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toObject(value, descriptor(column));
    }

    @Override
    public final <T> T getObject(int column, Class<T> type) throws SQLException {
        Object value = valueAt(column);
        if (type == null) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("getObject needs a target class");
        }
        return value == null ? null : conversions.toObject(value, type, descriptor(column));
    }

    @Override
    public final Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw SqlState.FEATURE_NOT_SUPPORTED.exception("Custom type maps are not supported: MultiDB has no user-defined types");
        }
        return getObject(column);
    }

    @Override
    public final Array getArray(int column) throws SQLException {
        Object value = valueAt(column);
        return value == null ? null : conversions.toArray(value, descriptor(column));
    }

    @Override
    public final Reader getCharacterStream(int column) throws SQLException {
        String value = getString(column);
        return value == null ? null : new StringReader(value);
    }

    @Override
    public final String getNString(int column) throws SQLException {
        return getString(column);
    }

    @Override
    public final Reader getNCharacterStream(int column) throws SQLException {
        return getCharacterStream(column);
    }

    @Override
    public final String getString(String label) throws SQLException {
        return getString(findColumn(label));
    }

    @Override
    public final boolean getBoolean(String label) throws SQLException {
        return getBoolean(findColumn(label));
    }

    @Override
    public final byte getByte(String label) throws SQLException {
        return getByte(findColumn(label));
    }

    @Override
    public final short getShort(String label) throws SQLException {
        return getShort(findColumn(label));
    }

    @Override
    public final int getInt(String label) throws SQLException {
        return getInt(findColumn(label));
    }

    @Override
    public final long getLong(String label) throws SQLException {
        return getLong(findColumn(label));
    }

    @Override
    public final float getFloat(String label) throws SQLException {
        return getFloat(findColumn(label));
    }

    @Override
    public final double getDouble(String label) throws SQLException {
        return getDouble(findColumn(label));
    }

    @Deprecated
    @Override
    public final BigDecimal getBigDecimal(String label, int scale) throws SQLException {
        return getBigDecimal(findColumn(label), scale);
    }

    @Override
    public final BigDecimal getBigDecimal(String label) throws SQLException {
        return getBigDecimal(findColumn(label));
    }

    @Override
    public final byte[] getBytes(String label) throws SQLException {
        return getBytes(findColumn(label));
    }

    @Override
    public final Date getDate(String label) throws SQLException {
        return getDate(findColumn(label));
    }

    @Override
    public final Time getTime(String label) throws SQLException {
        return getTime(findColumn(label));
    }

    @Override
    public final Timestamp getTimestamp(String label) throws SQLException {
        return getTimestamp(findColumn(label));
    }

    @Override
    public final Date getDate(String label, Calendar calendar) throws SQLException {
        return getDate(findColumn(label), calendar);
    }

    @Override
    public final Time getTime(String label, Calendar calendar) throws SQLException {
        return getTime(findColumn(label), calendar);
    }

    @Override
    public final Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
        return getTimestamp(findColumn(label), calendar);
    }

    @Override
    public final Object getObject(String label) throws SQLException {
        return getObject(findColumn(label));
    }

    @Override
    public final <T> T getObject(String label, Class<T> type) throws SQLException {
        return getObject(findColumn(label), type);
    }

    @Override
    public final Object getObject(String label, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(label), map);
    }

    @Override
    public final Array getArray(String label) throws SQLException {
        return getArray(findColumn(label));
    }

    @Override
    public final Reader getCharacterStream(String label) throws SQLException {
        return getCharacterStream(findColumn(label));
    }

    @Override
    public final String getNString(String label) throws SQLException {
        return getNString(findColumn(label));
    }

    @Override
    public final Reader getNCharacterStream(String label) throws SQLException {
        return getNCharacterStream(findColumn(label));
    }

    /** The exact label first, then a case-insensitive match, as JDBC asks. */
    @Override
    public final int findColumn(String label) throws SQLException {
        checkOpen();
        Integer column = label == null ? null : exactLabels.get(label);
        if (column == null && label != null) {
            column = foldedLabels.get(label.toLowerCase(Locale.ROOT));
        }
        if (column == null) {
            List<String> labels = new java.util.ArrayList<>();
            metaData.columns().forEach(descriptor -> labels.add(descriptor.label()));
            throw SqlState.COLUMN_NOT_FOUND.exception("No column labelled '%s'; the columns are %s".formatted(label, String.join(", ", labels)));
        }
        return column;
    }

    @Override
    public final ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return metaData;
    }

    @Override
    public final boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return row == 0 && !afterLast && hasRows();
    }

    @Override
    public final boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && row > 0;
    }

    @Override
    public final boolean isFirst() throws SQLException {
        checkOpen();
        return row == 1 && !afterLast;
    }

    /** Whether the result has a row at all: JDBC's {@code isBeforeFirst} is false for an empty result. */
    abstract boolean hasRows() throws SQLException;

    @Override
    public final int getRow() throws SQLException {
        checkOpen();
        return afterLast ? 0 : row;
    }

    @Override
    public final void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("MultiDB result sets only fetch forward (FETCH_FORWARD)");
        }
    }

    @Override
    public final int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    /** A hint: the statement's fetch size already reached the database when the query started. */
    @Override
    public final void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlState.INVALID_ATTRIBUTE_VALUE.exception("Fetch size must not be negative: " + rows);
        }
        fetchSize = rows;
    }

    @Override
    public final int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    /** JDBC: {@code null} for result sets no statement produced (DatabaseMetaData, arrays). */
    @Override
    public final Statement getStatement() throws SQLException {
        checkOpen();
        return statement.orElse(null);
    }

    @Override
    public final int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    /** Warnings (the debug log) belong to the statement; result sets report none of their own. */
    @Override
    public final SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public final void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public final <T> T unwrap(Class<T> type) throws SQLException {
        return Wrappers.unwrap(this, type);
    }

    @Override
    public final boolean isWrapperFor(Class<?> type) {
        return Wrappers.isWrapperFor(this, type);
    }
}
