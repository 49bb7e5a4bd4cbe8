package com.mkven.multidb.executor.clickhouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The values of the dialect's typed placeholders {@code {p1:Type}, {p2:Type}, …} as client-v2 query
 * parameters: {@code params.get(i)} is {@code p(i+1)}. The server parses each value as the type
 * its placeholder names, so every value travels as the text ClickHouse reads for that type;
 * client-v2 then applies the HTTP interface's escaping ({@code \t}, {@code \\}, {@code \N} for NULL),
 * which the server undoes, so a string arrives byte for byte, quotes, backslashes and all.
 *
 * <ul>
 *   <li>{@code BigDecimal} as plain digits ({@code 1E+3} is {@code 1000}): a placeholder of type
 *       {@code Decimal(38, s)} keeps every digit up to its scale.</li>
 *   <li>{@code Instant} as Unix seconds with the fraction it has ({@code 1704164645.123456}): text
 *       such as {@code 2024-01-02 03:04:05} is read in the placeholder's time zone, or the server's
 *       when the type names none, while a Unix time means one instant whatever the zone.</li>
 *   <li>{@code LocalDate} as {@code YYYY-MM-DD}, {@code UUID} in canonical form, {@code Boolean} as
 *       {@code true}/{@code false}.</li>
 *   <li>A {@code List} (for an {@code Array(T)} placeholder) is handed to client-v2, which writes
 *       an array literal: strings quoted and escaped, numbers and booleans bare, {@code NULL} for
 *       null; every other element becomes its text as above, quoted.</li>
 * </ul>
 */
final class QueryParameters {
    private QueryParameters() {}

    /** @throws IllegalArgumentException for a value of a type ClickHouse has no placeholder text for, naming the placeholder */
    static Map<String, Object> of(List<Object> params) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            String name = "p" + (i + 1);
            Object value = params.get(i);
            named.put(name, value instanceof List<?> list ? array(list, name) : scalar(value, name));
        }
        return named;
    }

    private static Object scalar(Object value, String name) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value;
        }
        return text(value, name);
    }

    /** An element keeps its Java type where client-v2 writes it bare (numbers, booleans); the rest becomes quoted text. */
    private static List<Object> array(List<?> list, String name) {
        List<Object> elements = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element instanceof List<?>) {
                throw new IllegalArgumentException("unsupported parameter for {%s}: a nested list".formatted(name));
            }
            // bare in the literal, where the server reads any BigDecimal text, exponents included
            elements.add(element instanceof BigDecimal ? element : scalar(element, name));
        }
        return Collections.unmodifiableList(elements);
    }

    private static String text(Object value, String name) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant instant) {
            return unixSeconds(instant);
        }
        if (value instanceof LocalDate || value instanceof UUID) {
            // ISO-8601 YYYY-MM-DD and the canonical 8-4-4-4-12 form
            return value.toString();
        }
        throw new IllegalArgumentException("unsupported parameter type %s for {%s}".formatted(value.getClass().getName(), name));
    }

    private static String unixSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros()
                .toPlainString();
    }
}
