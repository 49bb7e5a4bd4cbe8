package com.mkven.multidb.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * An array value: {@link #getArray()} gives a typed Java array ({@code Integer[]}, {@code String[]}, {@code UUID[]},
 * {@code java.sql.Date[]}, {@code OffsetDateTime[]} …, elements converted like {@code getObject}), and
 * {@link #getResultSet()} the JDBC two-column form ({@code INDEX}, 1-based, and {@code VALUE}).
 */
final class MultiDbArray implements Array {
    private final List<Object> elements;
    private final JdbcType elementType;
    private final ValueConversions conversions;
    private boolean freed;

    MultiDbArray(List<?> elements, JdbcType elementType, ValueConversions conversions) {
        // NULL elements are data, so no List.copyOf
        this.elements = Collections.unmodifiableList(new ArrayList<>(requireNonNull(elements, "elements is null")));
        this.elementType = requireNonNull(elementType, "elementType is null");
        this.conversions = requireNonNull(conversions, "conversions is null");
    }

    @Override
    public String getBaseTypeName() throws SQLException {
        checkNotFreed();
        return elementType.typeName();
    }

    @Override
    public int getBaseType() throws SQLException {
        checkNotFreed();
        return elementType.sqlType();
    }

    @Override
    public Object getArray() throws SQLException {
        return slice(1, elements.size());
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) throws SQLException {
        checkEmptyTypeMap(map);
        return getArray();
    }

    @Override
    public Object getArray(long index, int count) throws SQLException {
        return slice(index, count);
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        checkEmptyTypeMap(map);
        return slice(index, count);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return rows(1, elements.size());
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        checkEmptyTypeMap(map);
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        return rows(index, count);
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        checkEmptyTypeMap(map);
        return rows(index, count);
    }

    @Override
    public void free() {
        freed = true;
    }

    /** The elements as a typed array; NULL elements stay {@code null}. */
    private Object[] slice(long index, int count) throws SQLException {
        int from = checkRange(index, count);
        ColumnDescriptor element = ColumnDescriptor.of("VALUE", elementType, true);
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(elementType.javaClass(), count);
        for (int i = 0; i < count; i++) {
            Object value = elements.get(from + i);
            array[i] = value == null ? null : conversions.toObject(value, element);
        }
        return array;
    }

    private ResultSet rows(long index, int count) throws SQLException {
        int from = checkRange(index, count);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {from + i + 1, elements.get(from + i)});
        }
        return new InMemoryResultSet(List.of(
                ColumnDescriptor.of("INDEX", JdbcType.INTEGER, false),
                new ColumnDescriptor("VALUE", "VALUE", "", elementType, false, ResultSetMetaData.columnNullable, false)),
                rows, conversions);
    }

    /** @return the 0-based start */
    private int checkRange(long index, int count) throws SQLException {
        checkNotFreed();
        if (index < 1 || count < 0 || index - 1 + count > elements.size()) {
            throw SqlState.INVALID_DESCRIPTOR_INDEX.exception("Array range [%d, %d elements] is outside the array of %d elements"
                    .formatted(index, count, elements.size()));
        }
        return (int) index - 1;
    }

    private void checkNotFreed() throws SQLException {
        if (freed) {
            throw SqlState.FUNCTION_SEQUENCE_ERROR.exception("Array was freed");
        }
    }

    private static void checkEmptyTypeMap(Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw SqlState.FEATURE_NOT_SUPPORTED.exception("Custom type maps are not supported: MultiDB has no user-defined types");
        }
    }

    @Override
    public String toString() {
        return conversions.toText(elements);
    }
}
