package com.mkven.multidb.jdbc;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Turns what a {@code PreparedStatement} setter receives into the driver's value types ({@code String},
 * {@code Integer}, {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code UUID}, {@code LocalDate}, {@code Instant},
 * {@code List}, or {@code null}), at set time so a value that cannot be bound fails at the setter that took it.
 * Wall-clock values ({@code LocalDateTime}, a {@code Timestamp}'s fields) are read in the connection's time zone, the
 * mirror image of what {@code getTimestamp} returns, so a value read and bound again is the same instant.
 */
final class ParameterValues {
    private ParameterValues() {}

    /** @param zone the connection's time zone, or a {@code Calendar}'s for the setters that take one */
    static Object canonical(Object value, ZoneId zone) throws SQLException {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof Boolean || value instanceof UUID
                || value instanceof LocalDate || value instanceof Instant) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw SqlState.RESTRICTED_DATA_TYPE_VIOLATION.exception("Cannot bind " + number + ": JSON has no NaN or infinity");
            }
            return BigDecimal.valueOf(number);
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().atZone(zone).toInstant();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.atZone(zone).toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof java.sql.Array array) {
            return canonical(array.getArray(), zone);
        }
        if (value instanceof Collection<?> collection) {
            return list(collection.toArray(), zone);
        }
        if (value.getClass().isArray()) {
            Object[] elements = new Object[Array.getLength(value)];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = Array.get(value, i);
            }
            return list(elements, zone);
        }
        throw SqlState.RESTRICTED_DATA_TYPE_VIOLATION.exception(("Cannot bind a %s: use String, a number, Boolean, UUID, LocalDate, "
                + "Instant, OffsetDateTime, LocalDateTime, Timestamp, java.sql.Date, an array or a List").formatted(value.getClass().getName()));
    }

    private static List<Object> list(Object[] elements, ZoneId zone) throws SQLException {
        List<Object> list = new ArrayList<>(elements.length);
        for (Object element : elements) {
            list.add(canonical(element, zone));
        }
        // NULL elements are data, so no List.copyOf
        return Collections.unmodifiableList(list);
    }
}
