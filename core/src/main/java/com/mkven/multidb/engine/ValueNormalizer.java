package com.mkven.multidb.engine;

import com.mkven.multidb.metadata.ColumnType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Converts what a driver or cache returned into the value types of architecture.md, by logical
 * column type, so that equal data gives equal values whichever engine served it: uuid →
 * {@link UUID}, decimal → {@link BigDecimal}, timestamp → {@link Instant} (UTC), date →
 * {@link LocalDate}, arrays → {@link List}. Integral results keep {@code Integer} for int
 * columns and {@code Long} where the database computed a wider value (counts, sums).
 */
final class ValueNormalizer {
    private ValueNormalizer() {}

    static Object normalize(Object raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        if (type.isArray()) {
            return normalizeArray(raw, type.elementType().orElseThrow());
        }
        return switch (type) {
            case STRING -> raw instanceof String text ? text : String.valueOf(raw);
            case INT -> integral(raw);
            case DECIMAL -> decimal(raw);
            case BOOLEAN -> bool(raw);
            case UUID -> raw instanceof UUID uuid ? uuid : UUID.fromString(raw.toString());
            case DATE -> date(raw);
            case TIMESTAMP -> instant(raw);
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    /** Counts are {@code Long} in every engine (decisions.md §10). */
    static Long count(Object raw) {
        if (raw instanceof Number number) {
            return number instanceof BigInteger || number instanceof BigDecimal
                    ? new BigDecimal(number.toString()).longValueExact()
                    : number.longValue();
        }
        return Long.parseLong(String.valueOf(raw));
    }

    private static List<Object> normalizeArray(Object raw, ColumnType elementType) {
        List<?> elements;
        if (raw instanceof List<?> list) {
            elements = list;
        } else if (raw instanceof Object[] array) {
            elements = Arrays.asList(array);
        } else {
            throw new IllegalArgumentException("expected an array value, got " + raw.getClass().getSimpleName());
        }
        List<Object> normalized = new ArrayList<>(elements.size());
        for (Object element : elements) {
            normalized.add(normalize(element, elementType));
        }
        return Collections.unmodifiableList(normalized);
    }

    private static Number integral(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return (Number) raw;
        }
        if (raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        BigDecimal exact = raw instanceof Number number ? new BigDecimal(number.toString()) : new BigDecimal(raw.toString());
        long value = exact.longValueExact();
        return value == (int) value && !(raw instanceof BigInteger) ? Integer.valueOf((int) value) : Long.valueOf(value);
    }

    private static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Double || raw instanceof Float) {
            return BigDecimal.valueOf(((Number) raw).doubleValue());
        }
        return new BigDecimal(raw.toString());
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean value) {
            return value;
        }
        if (raw instanceof Number number) {
            return number.intValue() != 0;
        }
        return Boolean.parseBoolean(raw.toString());
    }

    private static LocalDate date(Object raw) {
        if (raw instanceof LocalDate date) {
            return date;
        }
        if (raw instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (raw instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return LocalDate.parse(raw.toString());
    }

    private static Instant instant(Object raw) {
        if (raw instanceof Instant instant) {
            return instant;
        }
        if (raw instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (raw instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (raw instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        // a timestamp without zone from an engine that stores UTC (ClickHouse DateTime('UTC'))
        if (raw instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        String text = raw.toString();
        return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")
                ? OffsetDateTime.parse(text).toInstant()
                : LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
