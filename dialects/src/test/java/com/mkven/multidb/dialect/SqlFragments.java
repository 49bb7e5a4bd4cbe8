package com.mkven.multidb.dialect;

import java.util.regex.Pattern;

/**
 * Matches the spec's SQL fragments (scenarios.md, Conventions): whitespace-insensitive substrings, where {@code …} or
 * {@code ...} elide any text, so the pieces must appear in order.
 */
public final class SqlFragments {
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SqlFragments() {}

    public static boolean contains(String sql, String fragment) {
        String text = normalize(sql);
        int from = 0;
        for (String piece : ELLIPSIS.split(fragment)) {
            String wanted = normalize(piece);
            int at = text.indexOf(wanted, from);
            if (at < 0) {
                return false;
            }
            from = at + wanted.length();
        }
        return true;
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }
}
