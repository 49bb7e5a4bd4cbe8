package com.mkven.multidb.executor.postgres;

import org.postgresql.util.PGobject;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads one column into the value types of architecture.md, chosen once per column from the
 * result's metadata. What pgjdbc already returns as a value type (String, Integer, Long,
 * BigDecimal, Boolean, UUID) passes through; its JDBC wrappers are unwrapped: {@code java.sql}
 * dates and timestamps become {@link LocalDate} and {@link Instant}, arrays become unmodifiable
 * {@link List}s, and a {@link PGobject} (json, interval, …) becomes its text.
 */
enum ColumnReader {
    PLAIN {
        @Override
        Object read(ResultSet rows, int column) throws SQLException {
            return unwrapObject(rows.getObject(column));
        }
    },
    TIMESTAMPTZ {
        @Override
        Object read(ResultSet rows, int column) throws SQLException {
            OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    },
    /** A timestamp without time zone is read as UTC, the spec's reading of a timestamp without offset. */
    TIMESTAMP {
        @Override
        Object read(ResultSet rows, int column) throws SQLException {
            LocalDateTime value = rows.getObject(column, LocalDateTime.class);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }
    },
    DATE {
        @Override
        Object read(ResultSet rows, int column) throws SQLException {
            return rows.getObject(column, LocalDate.class);
        }
    },
    ARRAY {
        @Override
        Object read(ResultSet rows, int column) throws SQLException {
            Array array = rows.getArray(column);
            if (array == null) {
                return null;
            }
            try {
                return toList((Object[]) array.getArray(), array.getBaseTypeName());
            } finally {
                array.free();
            }
        }
    };

    /** Reads column {@code column} (1-based, as JDBC counts) of the current row; {@code null} for SQL NULL. */
    abstract Object read(ResultSet rows, int column) throws SQLException;

    static ColumnReader[] forColumns(ResultSetMetaData metadata) throws SQLException {
        ColumnReader[] readers = new ColumnReader[metadata.getColumnCount()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = forColumn(metadata.getColumnType(i + 1), metadata.getColumnTypeName(i + 1));
        }
        return readers;
    }

    private static ColumnReader forColumn(int jdbcType, String typeName) {
        if (jdbcType == Types.ARRAY) {
            return ARRAY;
        }
        return switch (typeName) {
            case "timestamptz" -> TIMESTAMPTZ;
            case "timestamp" -> TIMESTAMP;
            case "date" -> DATE;
            default -> PLAIN;
        };
    }

    /**
     * pgjdbc hands array elements over as JDBC objects (a {@code date[]} as {@code java.sql.Date}s
     * in the JVM's zone, a {@code timestamptz[]} as {@code Timestamp}s holding the instant) and
     * nested arrays as nested Java arrays.
     */
    private static List<Object> toList(Object[] elements, String baseTypeName) {
        List<Object> values = new ArrayList<>(elements.length);
        for (Object element : elements) {
            values.add(element instanceof Object[] nested ? toList(nested, baseTypeName) : arrayElement(element, baseTypeName));
        }
        return Collections.unmodifiableList(values);
    }

    private static Object arrayElement(Object element, String baseTypeName) {
        if (element instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (element instanceof Timestamp timestamp) {
            return "timestamp".equals(baseTypeName) ? timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC) : timestamp.toInstant();
        }
        return unwrapObject(element);
    }

    /** The text pgjdbc holds for a type it has no Java class for (json, jsonb) or renders itself (interval: {@code 1 days}). */
    private static Object unwrapObject(Object value) {
        return value instanceof PGobject object ? object.getValue() : value;
    }
}
