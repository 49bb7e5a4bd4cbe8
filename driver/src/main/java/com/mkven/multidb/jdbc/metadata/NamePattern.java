package com.mkven.multidb.jdbc.metadata;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A name argument of a {@code DatabaseMetaData} method. Pattern arguments are SQL LIKE patterns: {@code %} matches any
 * run of characters, {@code _} any one character, and the search string escape {@value #ESCAPE} makes the next
 * character literal, so {@code order\_items} matches only {@code order_items} (an escape at the very end is a
 * backslash). {@code null} matches every name. Matching is case-sensitive: names are compared as
 * {@code getTables}/{@code getColumns} report them, which is what tools pass back.
 */
public final class NamePattern {
    /** What {@code DatabaseMetaData.getSearchStringEscape()} reports. */
    public static final String ESCAPE = "\\";

    private static final NamePattern ANY = new NamePattern(Optional.empty());

    /** Empty: every name matches. */
    private final Optional<Pattern> regex;

    private NamePattern(Optional<Pattern> regex) {
        this.regex = regex;
    }

    /** A LIKE pattern; {@code null} matches every name. */
    public static NamePattern like(String pattern) {
        return pattern == null ? ANY : new NamePattern(Optional.of(compile(pattern)));
    }

    /**
     * A name that the javadoc says must be given exactly (the table of {@code getPrimaryKeys}, {@code getImportedKeys},
     * …): when it is one of {@code names} it matches that name only, even with a {@code _} in it; otherwise it is read
     * as a LIKE pattern, because tools pass {@code "%"} there to mean every table. {@code null} matches every name.
     */
    public static NamePattern nameOrLike(String name, Collection<String> names) {
        if (name != null && names.contains(name)) {
            return new NamePattern(Optional.of(Pattern.compile(Pattern.quote(name))));
        }
        return like(name);
    }

    public boolean matches(String name) {
        return regex.map(pattern -> pattern.matcher(name).matches()).orElse(true);
    }

    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder(pattern.length() + 8);
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == ESCAPE.charAt(0) && i + 1 < pattern.length()) {
                literal.append(pattern.charAt(++i));
            } else if (c == '%' || c == '_') {
                flush(literal, regex);
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        flush(literal, regex);
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
