package com.mkven.multidb.jdbc;

import com.mkven.multidb.json.MultiDbJson;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The JDBC getter conversions of result values (the value types of architecture.md: {@code String}, {@code Integer},
 * {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code UUID}, {@code LocalDate}, {@code Instant}, {@code List}),
 * shared by every result set. Instants are rendered in the connection's time zone: a timestamp's "local" value, which
 * JDBC getters without a {@link Calendar} read in the JVM zone, is its wall-clock time in that zone, so
 * {@code getTimestamp(i).toString()} shows the connection zone's time and never silently the JVM's.
 * Values are never {@code null} here: the result set answers SQL NULL itself.
 */
final class ValueConversions {
    private static final int MAX_SHOWN = 60;

    private final ZoneId zone;

    ValueConversions(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone is null");
    }

    ZoneId zone() {
        return zone;
    }

    /** Decimals in plain notation, instants as ISO-8601 with the connection zone's offset, arrays as JSON arrays. */
    String toText(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
        }
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>(list.size());
            for (Object element : list) {
                elements.add(element == null || element instanceof Number || element instanceof Boolean ? element : toText(element));
            }
            return MultiDbJson.write(elements);
        }
        return value.toString();
    }

    boolean toBoolean(Object value) throws SQLException {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number) {
            return decimal(value, "boolean").signum() != 0;
        }
        if (value instanceof String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> {
                    return true;
                }
                case "false", "0" -> {
                    return false;
                }
                default -> throw cannotConvert(value, "boolean");
            }
        }
        throw cannotConvert(value, "boolean");
    }

    /** An integral value in {@code [min, max]}; fractions are truncated toward zero, as JDBC drivers do. */
    long toIntegral(Object value, long min, long max, String target) throws SQLException {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return inRange(((Number) value).longValue(), min, max, target, value);
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        BigInteger whole = decimal(value, target).toBigInteger();
        if (whole.bitLength() > 63) {
            throw SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception("Value %s does not fit a %s".formatted(toText(value), target));
        }
        return inRange(whole.longValue(), min, max, target, value);
    }

    double toDouble(Object value) throws SQLException {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return decimal(value, "double").doubleValue();
    }

    BigDecimal toBigDecimal(Object value) throws SQLException {
        if (value instanceof Boolean bool) {
            return bool ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return decimal(value, "BigDecimal");
    }

    Date toDate(Object value, Optional<Calendar> calendar) throws SQLException {
        LocalDate date = toLocalDate(value);
        if (calendar.isEmpty()) {
            return Date.valueOf(date);
        }
        return new Date(date.atStartOfDay(calendar.get().getTimeZone().toZoneId()).toInstant().toEpochMilli());
    }

    Time toTime(Object value, Optional<Calendar> calendar) throws SQLException {
        LocalTime time = toLocalTime(value);
        if (calendar.isEmpty()) {
            return Time.valueOf(time);
        }
        return new Time(time.atDate(LocalDate.EPOCH).atZone(calendar.get().getTimeZone().toZoneId()).toInstant().toEpochMilli());
    }

    Timestamp toTimestamp(Object value, Optional<Calendar> calendar) throws SQLException {
        LocalDateTime local = toLocalDateTime(value);
        if (calendar.isEmpty()) {
            return Timestamp.valueOf(local);
        }
        return Timestamp.from(local.atZone(calendar.get().getTimeZone().toZoneId()).toInstant());
    }

    /** What {@code getObject(column)} returns: the class {@link ColumnDescriptor#className()} names. */
    Object toObject(Object value, ColumnDescriptor column) throws SQLException {
        if (value instanceof Integer number && column.type() == JdbcType.BIGINT && !column.array()) {
            return number.longValue();
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toOffsetDateTime();
        }
        if (value instanceof List<?>) {
            return toArray(value, column);
        }
        return value;
    }

    Array toArray(Object value, ColumnDescriptor column) throws SQLException {
        if (value instanceof List<?> list) {
            return new MultiDbArray(list, column.type(), this);
        }
        throw cannotConvert(value, "java.sql.Array");
    }

    /** {@code getObject(column, type)}: the JDBC 4.2 targets, the value classes themselves, and the getters' types. */
    <T> T toObject(Object value, Class<T> type, ColumnDescriptor column) throws SQLException {
        requireNonNull(type, "type is null");
        Object converted;
        if (type == Object.class) {
            converted = toObject(value, column);
        } else if (type == String.class) {
            converted = toText(value);
        } else if (type == Integer.class) {
            converted = (int) toIntegral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer");
        } else if (type == Long.class) {
            converted = toIntegral(value, Long.MIN_VALUE, Long.MAX_VALUE, "Long");
        } else if (type == Short.class) {
            converted = (short) toIntegral(value, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
        } else if (type == Byte.class) {
            converted = (byte) toIntegral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte");
        } else if (type == Double.class) {
            converted = toDouble(value);
        } else if (type == Float.class) {
            converted = (float) toDouble(value);
        } else if (type == BigDecimal.class) {
            converted = toBigDecimal(value);
        } else if (type == BigInteger.class) {
            converted = toBigDecimal(value).toBigInteger();
        } else if (type == Boolean.class) {
            converted = toBoolean(value);
        } else if (type == UUID.class) {
            converted = toUuid(value);
        } else if (type == LocalDate.class) {
            converted = toLocalDate(value);
        } else if (type == LocalDateTime.class) {
            converted = toLocalDateTime(value);
        } else if (type == LocalTime.class) {
            converted = toLocalTime(value);
        } else if (type == Instant.class) {
            converted = toInstant(value);
        } else if (type == OffsetDateTime.class) {
            converted = toInstant(value).atZone(zone).toOffsetDateTime();
        } else if (type == ZonedDateTime.class) {
            converted = toInstant(value).atZone(zone);
        } else if (type == Date.class) {
            converted = toDate(value, Optional.empty());
        } else if (type == Time.class) {
            converted = toTime(value, Optional.empty());
        } else if (type == Timestamp.class) {
            converted = toTimestamp(value, Optional.empty());
        } else if (type == Array.class) {
            converted = toArray(value, column);
        } else if (type.isInstance(value)) {
            converted = value;
        } else {
            throw cannotConvert(value, type.getName());
        }
        return type.cast(converted);
    }

    UUID toUuid(Object value) throws SQLException {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof String text) {
            try {
                return UUID.fromString(text.trim());
            } catch (IllegalArgumentException e) {
                throw cannotConvert(value, "UUID");
            }
        }
        throw cannotConvert(value, "UUID");
    }

    LocalDate toLocalDate(Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw cannotConvert(value, "date");
            }
        }
        throw cannotConvert(value, "date");
    }

    LocalDateTime toLocalDateTime(Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof Instant || value instanceof String) {
            return toInstant(value).atZone(zone).toLocalDateTime();
        }
        throw cannotConvert(value, "timestamp");
    }

    private LocalTime toLocalTime(Object value) throws SQLException {
        if (value instanceof Instant || value instanceof String) {
            return toInstant(value).atZone(zone).toLocalTime();
        }
        throw cannotConvert(value, "time");
    }

    /** Instants, and text in ISO-8601 with an offset, or without one in the connection's zone. */
    Instant toInstant(Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
                } catch (DateTimeParseException e) {
                    throw cannotConvert(value, "timestamp");
                }
            }
        }
        throw cannotConvert(value, "timestamp");
    }

    private BigDecimal decimal(Object value, String target) throws SQLException {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw cannotConvert(value, target);
            }
            return BigDecimal.valueOf(number);
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(value, target);
            }
        }
        throw cannotConvert(value, target);
    }

    private long inRange(long value, long min, long max, String target, Object original) throws SQLException {
        if (value < min || value > max) {
            throw SqlState.NUMERIC_VALUE_OUT_OF_RANGE.exception("Value %s does not fit a %s".formatted(toText(original), target));
        }
        return value;
    }

    /** Values here are already masked, so naming one shows nothing the caller could not read. */
    private SQLException cannotConvert(Object value, String target) {
        String text = toText(value);
        String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
        String kind = value instanceof List<?> ? "array" : value.getClass().getSimpleName();
        return SqlState.INVALID_CHARACTER_VALUE_FOR_CAST.exception("Cannot convert %s '%s' to %s".formatted(kind, shown, target));
    }
}
