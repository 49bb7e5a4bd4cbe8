package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short descriptions for messages and {@code details}: operand values (never the whole of a big
 * value) and lists of column types.
 */
final class ValueText {
    private static final int MAX_CHARS = 60;

    private ValueText() {}

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "string '" + shorten(text) + "'";
        }
        if (value instanceof Boolean) {
            return "boolean " + value;
        }
        if (value instanceof Number) {
            return "number " + shorten(value.toString());
        }
        if (value instanceof List<?> list) {
            return "array of " + count(list.size(), "value");
        }
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        return value.getClass().getSimpleName();
    }

    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Column types as a list, e.g. e.g. "string, int, decimal, date or timestamp"; arrays as one "T[]". */
    static String types(Set<ColumnType> types) {
        List<String> names = new ArrayList<>();
        boolean arrays = false;
        for (ColumnType type : types) {
            if (type.isArray()) {
                arrays = true;
            } else {
                names.add(type.toString());
            }
        }
        if (arrays) {
            names.add("T[]");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    }
}
