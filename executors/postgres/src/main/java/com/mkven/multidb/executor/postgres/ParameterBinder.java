package com.mkven.multidb.executor.postgres;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Binds the spec's value types to a pgjdbc statement. Strings go out untyped (the pool sets
 * {@code stringtype=unspecified}), so the server reads them as whatever the context needs, as
 * node-postgres does: {@code uuid_col = $1} with a UUID string works. A {@code List} becomes a
 * PostgreSQL array whose element type is inferred from its values; the dialect's casts
 * ({@code $1::uuid[]}) convert it where the column type differs (text[] of UUID strings, an
 * empty array).
 */
final class ParameterBinder {
    private ParameterBinder() {}

    static void bind(PreparedStatement statement, PositionalSql sql, List<Object> params) throws SQLException {
        for (int n = 0; n < sql.parameterCount(); n++) {
            int index = sql.parameterIndex(n);
            bindOne(statement, n + 1, params.get(index), index + 1);
        }
    }

    private static void bindOne(PreparedStatement statement, int position, Object value, int placeholder) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(position, text);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(position, number);
        } else if (value instanceof Boolean bool) {
            statement.setBoolean(position, bool);
        } else if (value instanceof UUID || value instanceof LocalDate) {
            statement.setObject(position, value);
        } else if (value instanceof Instant instant) {
            statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof List<?> list) {
            statement.setArray(position, array(statement.getConnection(), list, placeholder));
        } else {
            throw unsupported(value, placeholder);
        }
    }

    /** The elements travel as their PostgreSQL text forms under the inferred element type; the server parses them. */
    private static Array array(Connection connection, List<?> list, int placeholder) throws SQLException {
        ElementType type = ElementType.of(list, placeholder);
        String[] texts = new String[list.size()];
        for (int i = 0; i < texts.length; i++) {
            Object element = list.get(i);
            texts[i] = element == null ? null : type.text(element);
        }
        return connection.createArrayOf(type.typeName, texts);
    }

    private static IllegalArgumentException unsupported(Object value, int placeholder) {
        return new IllegalArgumentException("unsupported parameter type %s for $%d".formatted(value.getClass().getName(), placeholder));
    }

    /** The PostgreSQL element type of an array parameter. */
    private enum ElementType {
        TEXT("text"),
        INT4("int4"),
        INT8("int8"),
        NUMERIC("numeric"),
        BOOL("bool"),
        UUID("uuid"),
        DATE("date"),
        TIMESTAMPTZ("timestamptz");

        private final String typeName;

        ElementType(String typeName) {
            this.typeName = typeName;
        }

        /**
         * The one type every non-null element has; integers widen to int8 and to numeric when
         * mixed with wider numbers. An empty or all-NULL list is text[]: the SQL's cast decides.
         */
        static ElementType of(List<?> list, int placeholder) {
            ElementType result = null;
            for (Object element : list) {
                if (element != null) {
                    ElementType type = single(element, placeholder);
                    result = result == null ? type : combine(result, type, placeholder);
                }
            }
            return result == null ? TEXT : result;
        }

        private static ElementType single(Object element, int placeholder) {
            if (element instanceof String) {
                return TEXT;
            } else if (element instanceof Integer) {
                return INT4;
            } else if (element instanceof Long) {
                return INT8;
            } else if (element instanceof BigDecimal) {
                return NUMERIC;
            } else if (element instanceof Boolean) {
                return BOOL;
            } else if (element instanceof java.util.UUID) {
                return UUID;
            } else if (element instanceof LocalDate) {
                return DATE;
            } else if (element instanceof Instant) {
                return TIMESTAMPTZ;
            } else if (element instanceof List) {
                throw new IllegalArgumentException("array parameter $%d holds a nested list: only one-dimensional arrays are supported".formatted(placeholder));
            }
            throw new IllegalArgumentException("unsupported element type %s in array parameter $%d".formatted(element.getClass().getName(), placeholder));
        }

        private static ElementType combine(ElementType a, ElementType b, int placeholder) {
            if (a == b) {
                return a;
            }
            if (a.isNumber() && b.isNumber()) {
                return a == NUMERIC || b == NUMERIC ? NUMERIC : INT8;
            }
            throw new IllegalArgumentException("array parameter $%d mixes %s and %s elements".formatted(placeholder, a.typeName, b.typeName));
        }

        private boolean isNumber() {
            return this == INT4 || this == INT8 || this == NUMERIC;
        }

        /** ISO forms for dates and instants ({@code 2024-01-31T10:00:00Z}), plain digits for decimals. */
        String text(Object element) {
            return element instanceof BigDecimal decimal ? decimal.toPlainString() : element.toString();
        }
    }
}
