package com.mkven.multidb.dialect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

/**
 * Converts a resolved value (JSON-shaped: strings for uuid, date and timestamp; any number for int and decimal) to the
 * one Java type its parameter type binds as, for dialects whose drivers bind by Java type (ClickHouse, Trino):
 * <ul>
 * <li>int and edit distance → {@link Integer}, row count → {@link Long};</li>
 * <li>decimal → {@link BigDecimal} with a scale ≥ 0, the value's own digits (the Trino driver rejects a negative
 * scale; the ClickHouse type {@code Decimal(38, S)} takes S from it);</li>
 * <li>uuid → its {@link String} (Trino casts it, ClickHouse parses it; the Trino driver binds no UUID object);</li>
 * <li>date → {@link LocalDate}; timestamp → {@link Instant}, a value without offset being UTC (decisions.md §4), so
 * that no driver applies its JVM's zone;</li>
 * <li>string and boolean unchanged; {@code null} stays {@code null}.</li>
 * </ul>
 */
final class TypedValues {
    private TypedValues() {}

    static Object of(Object value, ParamType type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case STRING, BOOLEAN -> value;
            case UUID -> value.toString();
            case INT, EDIT_DISTANCE -> whole(value, type, BigDecimal::intValueExact);
            case ROW_COUNT -> whole(value, type, BigDecimal::longValueExact);
            case DECIMAL -> decimal(value);
            case DATE -> date(value);
            case TIMESTAMP -> instant(value);
        };
    }

    /** {@code 3}, {@code 3.0} and {@code 3e0} alike; a fraction or a value out of range is refused. */
    private static Number whole(Object value, ParamType type, Function<BigDecimal, Number> exact) {
        try {
            return exact.apply(decimal(value));
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException(type + " needs a whole number in range, not " + value, e);
        }
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal exact) {
            number = exact;
        } else if (value instanceof Double || value instanceof Float) {
            // the shortest decimal that reads back as the double: 0.1, not 0.1000000000000000055511151231257827
            number = BigDecimal.valueOf(((Number) value).doubleValue());
        } else {
            try {
                number = new BigDecimal(value.toString());
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("a numeric parameter must be a number, not " + value, e);
            }
        }
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString());
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date parameter must be YYYY-MM-DD, not " + value, e);
        }
    }

    /** ISO-8601 with or without offset, or a bare date meaning midnight UTC (decisions.md §4). */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        String text = value.toString();
        try {
            if (text.indexOf('T') < 0) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime withOffset
                    ? withOffset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a timestamp parameter must be ISO-8601, not " + value, e);
        }
    }
}
