package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.ColumnType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a JSON-shaped value ({@code String}, {@code Number}, {@code Boolean}) is a value of a
 * scalar column type (decisions.md §4):
 * <ul>
 * <li>{@code string} ← a string;</li>
 * <li>{@code int} ← a number with an integral value in the 32-bit range; as in JSON, {@code 1e3}
 *     and {@code 5.0} are integral, {@code 1.5} and {@code 2147483648} are not;</li>
 * <li>{@code decimal} ← a finite number, or a string holding a plain decimal number such as
 *     {@code "12.50"} or {@code "-1e3"} (so exact values survive JSON);</li>
 * <li>{@code boolean} ← {@code true}/{@code false};</li>
 * <li>{@code uuid} ← a string in the canonical 8-4-4-4-12 hex form, either case;</li>
 * <li>{@code date} ← {@code YYYY-MM-DD}, a real calendar date ({@code 2024-02-30} is not);</li>
 * <li>{@code timestamp} ← ISO-8601 date-time with or without offset (none means UTC), seconds and
 *     fraction optional, or a bare {@code YYYY-MM-DD} meaning midnight UTC.</li>
 * </ul>
 */
final class ValueRules {
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    // four-digit years only (java.time alone would also take "+10000-01-01"); the groups tell
    // whether a time and an offset are present
    private static final Pattern TIMESTAMP_TEXT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private ValueRules() {}

    /** Whether {@code value} is a value of the scalar {@code type}; {@code null} never is. */
    static boolean isValueOf(ColumnType type, Object value) {
        return switch (type) {
            case STRING -> value instanceof String;
            case INT -> isInt32(value);
            case DECIMAL -> isDecimal(value);
            case BOOLEAN -> value instanceof Boolean;
            case UUID -> value instanceof String text && UUID_TEXT.matcher(text).matches();
            case DATE -> value instanceof String text && isDate(text);
            case TIMESTAMP -> value instanceof String text && isTimestamp(text);
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    throw new IllegalArgumentException("values are checked against element types, not " + type);
        };
    }

    /** An integral number in the 32-bit range, however it was written ({@code 3}, {@code 3.0}, {@code 3e0}). */
    static boolean isInt32(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Long number) {
            return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
        }
        if (value instanceof BigInteger number) {
            return number.bitLength() < Integer.SIZE;
        }
        if (value instanceof BigDecimal number) {
            // range first: comparing magnitudes is cheap even for 1e999999999, stripping zeros then is too
            return number.compareTo(INT_MIN) >= 0 && number.compareTo(INT_MAX) <= 0
                    && number.stripTrailingZeros().scale() <= 0;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return number == Math.rint(number) && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
        }
        return false;
    }

    private static boolean isDecimal(Object value) {
        if (value instanceof String text) {
            return DECIMAL_TEXT.matcher(text).matches();
        }
        if (value instanceof Double || value instanceof Float) {
            return Double.isFinite(((Number) value).doubleValue());
        }
        return value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static boolean isDate(String text) {
        Matcher matcher = DATE_TEXT.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String text) {
        Matcher matcher = TIMESTAMP_TEXT.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        if (matcher.group(1) == null) {
            return isDate(text);
        }
        try {
            if (matcher.group(4) == null) {
                LocalDateTime.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
