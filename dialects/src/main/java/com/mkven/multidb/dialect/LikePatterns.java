package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ConditionOperator.PatternKind;

/**
 * Turns the plain value of {@code contains}/{@code startsWith}/{@code endsWith} (and their variants) into a LIKE
 * pattern (sql.md §5.3): {@code \}, {@code %} and {@code _} are escaped with {@code \} so that they match themselves,
 * then the wildcards are added. A caller's own {@code like} pattern is bound unchanged.
 */
final class LikePatterns {
    private LikePatterns() {}

    static String pattern(PatternKind kind, String value) {
        return switch (kind) {
            case CALLER_PATTERN -> value;
            case CONTAINS -> "%" + escape(value) + "%";
            case STARTS_WITH -> escape(value) + "%";
            case ENDS_WITH -> "%" + escape(value);
        };
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
