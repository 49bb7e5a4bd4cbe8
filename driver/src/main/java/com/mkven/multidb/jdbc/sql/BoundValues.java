package com.mkven.multidb.jdbc.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Java values bound through JDBC to the JSON-shaped values of a query definition ({@code String},
 * {@code Number}, {@code Boolean}, {@code List}), the same shapes a JSON query carries: dates and
 * timestamps become ISO-8601 strings, UUIDs their text. Whether a value suits its column is for
 * validation to say, with every other problem; only LIMIT, OFFSET and the EXISTS count, which the
 * definition holds as numbers, are checked here.
 */
final class BoundValues {
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private BoundValues() {}

    static Object convert(Object value, ParameterSlot slot) {
        return switch (slot.role()) {
            case LIMIT, OFFSET -> paging(value, slot);
            case EXISTS_COUNT -> count(value, slot);
            case ARRAY_VALUES -> elements(value, slot);
            case VALUE, LIST_ELEMENT, RANGE_FROM, RANGE_TO, ARRAY_ELEMENT, LEVENSHTEIN_TEXT, LEVENSHTEIN_DISTANCE ->
                    scalar(value, slot);
        };
    }

    private static Integer paging(Object value, ParameterSlot slot) {
        BigInteger number = integral(value, slot);
        if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
            throw invalid(slot, value + " is out of range for " + slot.role());
        }
        return number.intValue();
    }

    /** Kept exact, so that validation can report a negative or fractional count like a literal one. */
    private static BigDecimal count(Object value, ParameterSlot slot) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        throw invalid(slot, "expected a number, got " + describe(value));
    }

    private static BigInteger integral(Object value, ParameterSlot slot) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger number) {
            return number;
        }
        if (value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 0) {
            return number.toBigIntegerExact();
        }
        throw invalid(slot, "expected an integer, got " + describe(value));
    }

    private static Object elements(Object value, ParameterSlot slot) {
        if (value instanceof Collection<?> collection) {
            return list(collection, slot);
        }
        if (value instanceof Object[] array) {
            return list(Arrays.asList(array), slot);
        }
        return scalar(value, slot);
    }

    private static List<Object> list(Collection<?> values, ParameterSlot slot) {
        List<Object> list = new ArrayList<>(values.size());
        for (Object element : values) {
            list.add(scalar(element, slot));
        }
        return list;
    }

    private static Object scalar(Object value, ParameterSlot slot) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal || value instanceof BigInteger
                || value instanceof Double || value instanceof Float) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Character || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            // JDBC's setTimestamp without a Calendar means the wall-clock time as written
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime().toString();
        }
        if (value instanceof java.util.Date date && !(value instanceof java.sql.Time)) {
            return date.toInstant().toString();
        }
        if (value instanceof Collection<?> collection) {
            return list(collection, slot);
        }
        if (value instanceof Object[] array) {
            return list(Arrays.asList(array), slot);
        }
        throw invalid(slot, "values of type " + value.getClass().getName() + " cannot be bound");
    }

    private static String describe(Object value) {
        return value == null ? "NULL" : value.getClass().getSimpleName() + " " + value;
    }

    private static UnsupportedSqlException invalid(ParameterSlot slot, String problem) {
        return UnsupportedSqlException.invalidParameter("parameter " + slot.index() + " (" + slot.role() + "): "
                + problem, slot.position());
    }
}
