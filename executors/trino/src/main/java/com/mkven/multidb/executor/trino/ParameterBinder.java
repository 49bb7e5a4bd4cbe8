package com.mkven.multidb.executor.trino;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Binds the spec's value types to the {@code ?} of a Trino JDBC statement. The driver turns each
 * into a typed literal of {@code EXECUTE IMMEDIATE '…' USING …} (quotes doubled), so the SQL we
 * generate never contains a value. What the driver takes (infra.md, "Trino JDBC facts"):
 * {@code Instant} through {@code setObject} as {@code timestamp(…) with time zone}, microseconds
 * exact — never {@code setTimestamp}, which truncates to milliseconds in the JVM's zone;
 * {@code LocalDate} through {@code setObject}; a {@code BigDecimal} only with a non-negative scale.
 * It refuses {@code UUID} objects and arrays: a UUID is bound as its text (the dialect writes
 * {@code CAST(? AS uuid)}), and the dialect expands a list into one {@code ?} per element.
 */
final class ParameterBinder {
    private ParameterBinder() {}

    static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bindOne(statement, i + 1, params.get(i));
        }
    }

    private static void bindOne(PreparedStatement statement, int position, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(position, text);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof BigDecimal number) {
            // the driver writes 1E+3 as is, which Trino does not read as a decimal literal
            statement.setBigDecimal(position, number.scale() < 0 ? number.setScale(0) : number);
        } else if (value instanceof Boolean bool) {
            statement.setBoolean(position, bool);
        } else if (value instanceof UUID uuid) {
            statement.setString(position, uuid.toString());
        } else if (value instanceof LocalDate || value instanceof Instant) {
            statement.setObject(position, value);
        } else if (value instanceof List) {
            throw new IllegalArgumentException(("a list for parameter %d: Trino JDBC binds no arrays, "
                    + "the Trino dialect expands a list into one ? per element").formatted(position));
        } else {
            throw new IllegalArgumentException("unsupported parameter type %s for parameter %d".formatted(value.getClass().getName(), position));
        }
    }
}
