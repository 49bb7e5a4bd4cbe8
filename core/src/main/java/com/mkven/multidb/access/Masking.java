package com.mkven.multidb.access;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Obfuscates one result value (metadata.md §9, decisions.md §11). Values are the Java value types
 * of architecture.md ({@code List} for arrays); {@code null} is SQL NULL and stays {@code null}.
 *
 * <p>Where the spec is silent, one principle decides: a value too short or too malformed for its
 * rule to hide anything becomes {@code ***}, like an email without {@code @}. So an email needs
 * a non-empty local part and a non-empty top-level domain ({@code j@x} → {@code ***}), and a
 * {@code uuid} mask needs more than 4 characters (keeping the first 4 of {@code abcd} would show
 * all of it). Lengths count code points, so an accent or an emoji is one character. A phone keeps
 * its {@code +} when the value starts with one (leading blanks aside); a digit is any Unicode
 * digit, kept as written.
 *
 * <p>{@code number} and {@code date} keep the column's type and so only apply to numeric and
 * temporal columns; on any other column they act as {@code full}, and {@link #maskedType}
 * reports {@code string}. {@code email}, {@code phone}, {@code name} and {@code uuid} apply to
 * the value's text form (a {@code java.util.UUID} masks its canonical string).
 */
public final class Masking {
    private static final String HIDDEN = "***";
    private static final int PHONE_MIN_DIGITS = 5;
    private static final int PHONE_TAIL_DIGITS = 3;
    private static final int UUID_KEPT = 4;

    private Masking() {}

    /**
     * The masked form of {@code value}, a value of a column of type {@code type}; {@code null}
     * (SQL NULL) stays {@code null}.
     *
     * @throws IllegalArgumentException when the value is not a value of the column type
     *     ({@code List} for an array column, a number for {@code number}, a {@code LocalDate}
     *     or {@code Instant} for {@code date}): an executor bug, so the message names the
     *     value's class but never the value, which is meant to stay hidden
     */
    public static Object mask(Object value, MaskingFn fn, ColumnType type) {
        requireNonNull(fn, "fn is null");
        requireNonNull(type, "type is null");
        if (value == null) {
            return null;
        }
        if (type.isArray() != (value instanceof List)) {
            throw new IllegalArgumentException("a " + type + " column cannot hold a " + value.getClass().getSimpleName());
        }
        if (replacesWholeValue(fn, type)) {
            return HIDDEN;
        }
        if (!type.isArray()) {
            return maskScalar(value, fn);
        }
        List<?> elements = (List<?>) value;
        // List.copyOf rejects nulls, and NULL elements of an array stay NULL
        List<Object> masked = new ArrayList<>(elements.size());
        for (Object element : elements) {
            masked.add(element == null ? null : maskScalar(element, fn));
        }
        return Collections.unmodifiableList(masked);
    }

    /**
     * The type of a masked column's values: {@code full} gives {@code string}; {@code email},
     * {@code phone}, {@code name} and {@code uuid} give text ({@code string[]} for arrays);
     * {@code number} and {@code date} keep the column type when it is numeric or temporal.
     */
    public static ColumnType maskedType(MaskingFn fn, ColumnType type) {
        requireNonNull(fn, "fn is null");
        requireNonNull(type, "type is null");
        ColumnType scalar = type.elementType().orElse(type);
        return switch (fn) {
            case FULL -> ColumnType.STRING;
            case EMAIL, PHONE, NAME, UUID -> type.isArray() ? ColumnType.STRING_ARRAY : ColumnType.STRING;
            case NUMBER -> scalar.isNumeric() ? type : ColumnType.STRING;
            case DATE -> scalar.isTemporal() ? type : ColumnType.STRING;
        };
    }

    /** {@code full}, and {@code number}/{@code date} on a column whose type they cannot keep. */
    private static boolean replacesWholeValue(MaskingFn fn, ColumnType type) {
        return switch (fn) {
            case FULL -> true;
            case NUMBER, DATE -> maskedType(fn, type) == ColumnType.STRING;
            case EMAIL, PHONE, NAME, UUID -> false;
        };
    }

    private static Object maskScalar(Object value, MaskingFn fn) {
        return switch (fn) {
            case EMAIL -> email(text(value));
            case PHONE -> phone(text(value));
            case NAME -> name(text(value));
            case UUID -> uuid(text(value));
            case NUMBER -> zero(value);
            case DATE -> startOfYear(value);
            case FULL -> HIDDEN;
        };
    }

    private static String text(Object value) {
        // toString of a BigDecimal may use an exponent; the plain form is what a reader sees
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /**
     * Zero of the value's own Java type, so masked and unmasked rows of a column share one class
     * (a {@code Long} from an executor that widens {@code int} stays a {@code Long}).
     */
    private static Object zero(Object value) {
        if (value instanceof Integer) {
            return 0;
        }
        if (value instanceof Long) {
            return 0L;
        }
        if (value instanceof BigDecimal) {
            // scale 0 whatever the input's scale: the database and a cache may report 1200.00 and
            // 1200 for the same value, and both must mask to the same 0
            return BigDecimal.ZERO;
        }
        throw new IllegalArgumentException("number mask needs an Integer, Long or BigDecimal, got a "
                + value.getClass().getSimpleName());
    }

    private static Object startOfYear(Object value) {
        if (value instanceof LocalDate date) {
            return LocalDate.of(date.getYear(), 1, 1);
        }
        if (value instanceof Instant instant) {
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        throw new IllegalArgumentException("date mask needs a LocalDate or Instant, got a "
                + value.getClass().getSimpleName());
    }

    private static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        String domain = value.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        if (dot < 0 || dot == domain.length() - 1) {
            return HIDDEN;
        }
        return firstCodePoint(value) + "***@***." + domain.substring(dot + 1);
    }

    private static String phone(String value) {
        StringBuilder digits = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isDigit(codePoint)) {
                digits.appendCodePoint(codePoint);
                count++;
            }
            i += Character.charCount(codePoint);
        }
        if (count < PHONE_MIN_DIGITS) {
            return HIDDEN;
        }
        String plus = value.strip().startsWith("+") ? "+" : "";
        int tailStart = digits.offsetByCodePoints(0, count - PHONE_TAIL_DIGITS);
        return plus + firstCodePoint(digits.toString()) + HIDDEN + digits.substring(tailStart);
    }

    private static String name(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= 2) {
            return HIDDEN;
        }
        int lastStart = value.offsetByCodePoints(0, length - 1);
        return firstCodePoint(value) + "*".repeat(length - 2) + value.substring(lastStart);
    }

    private static String uuid(String value) {
        if (value.codePointCount(0, value.length()) <= UUID_KEPT) {
            return HIDDEN;
        }
        return value.substring(0, value.offsetByCodePoints(0, UUID_KEPT)) + "****";
    }

    private static String firstCodePoint(String value) {
        return value.substring(0, value.offsetByCodePoints(0, 1));
    }
}
