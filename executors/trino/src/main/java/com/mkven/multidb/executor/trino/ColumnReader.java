package com.mkven.multidb.executor.trino;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads one column into the value types of architecture.md, chosen once per column from the Trino
 * type name of the result's metadata. Scalars are read through the typed getters that do not pass
 * through the JVM's time zone; array elements arrive as the driver's objects ({@code uuid} as
 * text, {@code date} as {@code java.sql.Date}, timestamps as {@code java.sql.Timestamp}, nested
 * arrays as lists) and are converted one by one.
 */
sealed interface ColumnReader {
    /** Reads column {@code column} (1-based, as JDBC counts) of the current row; {@code null} for SQL NULL. */
    Object read(ResultSet rows, int column) throws SQLException;

    /** Converts a non-NULL array element of this type. */
    Object convert(Object element);

    static ColumnReader[] forColumns(ResultSetMetaData metadata) throws SQLException {
        ColumnReader[] readers = new ColumnReader[metadata.getColumnCount()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = forType(metadata.getColumnTypeName(i + 1));
        }
        return readers;
    }

    /** @param typeName as Trino writes it: {@code varchar(3)}, {@code timestamp(6) with time zone}, {@code array(uuid)} */
    static ColumnReader forType(String typeName) {
        if (typeName.startsWith("array(") && typeName.endsWith(")")) {
            return new ArrayReader(forType(typeName.substring("array(".length(), typeName.length() - 1)));
        }
        if (typeName.startsWith("timestamp")) {
            return typeName.endsWith("with time zone") ? ScalarReader.TIMESTAMP_WITH_TIME_ZONE : ScalarReader.TIMESTAMP;
        }
        return switch (typeName) {
            case "uuid" -> ScalarReader.UUID;
            case "date" -> ScalarReader.DATE;
            case "tinyint", "smallint" -> ScalarReader.SMALL_INTEGER;
            // varchar → String, integer → Integer, bigint → Long, decimal → BigDecimal, boolean, json → its text,
            // real/double → Float/Double; anything else as the driver reads it
            default -> ScalarReader.PLAIN;
        };
    }

    enum ScalarReader implements ColumnReader {
        PLAIN {
            @Override
            public Object read(ResultSet rows, int column) throws SQLException {
                return rows.getObject(column);
            }

            @Override
            public Object convert(Object element) {
                return element;
            }
        },
        /** The driver hands tinyint and smallint over as Byte and Short; the spec's int is an Integer. */
        SMALL_INTEGER {
            @Override
            public Object read(ResultSet rows, int column) throws SQLException {
                Object value = rows.getObject(column);
                return value == null ? null : convert(value);
            }

            @Override
            public Object convert(Object element) {
                return ((Number) element).intValue();
            }
        },
        /** The driver reads uuid as its text. */
        UUID {
            @Override
            public Object read(ResultSet rows, int column) throws SQLException {
                String value = rows.getString(column);
                return value == null ? null : convert(value);
            }

            @Override
            public Object convert(Object element) {
                return java.util.UUID.fromString((String) element);
            }
        },
        /**
         * Read from its text: the driver's {@code LocalDate} goes through a {@code java.sql.Date}
         * made in the JVM zone it saw when it was loaded, which is off by a day once the default
         * zone changes. Array elements only come as such dates.
         */
        DATE {
            @Override
            public Object read(ResultSet rows, int column) throws SQLException {
                String value = rows.getString(column);
                return value == null ? null : LocalDate.parse(value);
            }

            @Override
            public Object convert(Object element) {
                return ((java.sql.Date) element).toLocalDate();
            }
        },
        /** {@code getObject} would give a {@code java.sql.Timestamp} shown in the JVM's zone; the instant is what counts. */
        TIMESTAMP_WITH_TIME_ZONE {
            @Override
            public Object read(ResultSet rows, int column) throws SQLException {
                return rows.getObject(column, Instant.class);
            }

            @Override
            public Object convert(Object element) {
                return ((Timestamp) element).toInstant();
            }
        },
        /** A timestamp without time zone (Iceberg's {@code timestamp(6)}) is read as UTC, the spec's reading of a timestamp without offset. */
        TIMESTAMP {
            @Override
            public Object read(ResultSet rows, int column) throws SQLException {
                LocalDateTime value = rows.getObject(column, LocalDateTime.class);
                return value == null ? null : value.toInstant(ZoneOffset.UTC);
            }

            @Override
            public Object convert(Object element) {
                return ((Timestamp) element).toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
    }

    /** A {@code java.sql.Array} at the top, a list when nested in another array; NULL elements stay {@code null}. */
    record ArrayReader(ColumnReader element) implements ColumnReader {
        @Override
        public Object read(ResultSet rows, int column) throws SQLException {
            Array array = rows.getArray(column);
            if (array == null) {
                return null;
            }
            try {
                return convertAll(Arrays.asList((Object[]) array.getArray()));
            } finally {
                array.free();
            }
        }

        @Override
        public Object convert(Object element) {
            return convertAll((List<?>) element);
        }

        private List<Object> convertAll(List<?> elements) {
            List<Object> values = new ArrayList<>(elements.size());
            for (Object item : elements) {
                values.add(item == null ? null : element.convert(item));
            }
            return Collections.unmodifiableList(values);
        }
    }
}
