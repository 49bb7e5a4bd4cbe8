package com.mkven.multidb.executor.postgres;

import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * The PostgreSQL dialect's SQL with its numbered placeholders ({@code $1}, {@code $2}, …) turned
 * into the JDBC {@code ?} that pgjdbc binds. pgjdbc only knows {@code ?}: a {@code $1} left in
 * the text reaches the server with no value bound and fails with "there is no parameter $1".
 *
 * <p>The scan follows PostgreSQL's lexer far enough to leave alone what is not a placeholder:
 * string constants ({@code '…'}, {@code E'…'} with backslash escapes, dollar-quoted
 * {@code $tag$…$tag$}), quoted identifiers, comments (block comments nest) and a {@code $}
 * inside an identifier ({@code a$1}). A literal {@code ?} outside those (an operator such as
 * jsonb {@code ?}) is doubled, pgjdbc's escape for a question mark that is not a parameter.
 * Assumes {@code standard_conforming_strings = on}, the default since PostgreSQL 9.1.
 */
final class PositionalSql {
    private final String sql;
    private final int[] parameterOrder;
    private final int highestPlaceholder;

    private PositionalSql(String sql, int[] parameterOrder, int highestPlaceholder) {
        this.sql = sql;
        this.parameterOrder = parameterOrder;
        this.highestPlaceholder = highestPlaceholder;
    }

    static PositionalSql rewrite(String sql) {
        requireNonNull(sql, "sql is null");
        return new Scanner(sql).scan();
    }

    /** The SQL text for pgjdbc, with one {@code ?} per placeholder occurrence. */
    String sql() {
        return sql;
    }

    int parameterCount() {
        return parameterOrder.length;
    }

    /** The 0-based index, into the caller's parameter list, of the value for the {@code n}-th {@code ?} (0-based). */
    int parameterIndex(int n) {
        return parameterOrder[n];
    }

    /**
     * Checks that the placeholders are exactly {@code $1…$count}, each used at least once: a gap
     * or a surplus value means the SQL and its parameters were not generated together.
     */
    void checkParameterCount(int count) {
        if (highestPlaceholder > count) {
            throw new IllegalArgumentException("SQL uses $%d but %d parameter(s) were given".formatted(highestPlaceholder, count));
        }
        boolean[] used = new boolean[count];
        for (int index : parameterOrder) {
            used[index] = true;
        }
        for (int i = 0; i < count; i++) {
            if (!used[i]) {
                throw new IllegalArgumentException("parameter $%d is never used in the SQL (%d parameter(s) given)".formatted(i + 1, count));
            }
        }
    }

    /** One pass over the text; each {@code skip…} method returns the index just past what it consumed. */
    private static final class Scanner {
        private final String text;
        private final StringBuilder out;
        private int[] order = new int[8];
        private int orderSize;
        private int highest;

        Scanner(String text) {
            this.text = text;
            this.out = new StringBuilder(text.length() + 8);
        }

        PositionalSql scan() {
            int length = text.length();
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                int end;
                if (c == '\'') {
                    end = skipQuoted(i, '\'', isEscapeStringStart(i));
                } else if (c == '"') {
                    end = skipQuoted(i, '"', false);
                } else if (c == '-' && startsWith(i, "--")) {
                    end = skipLineComment(i);
                } else if (c == '/' && startsWith(i, "/*")) {
                    end = skipBlockComment(i);
                } else if (c == '$' && !(i > 0 && isIdentifierPart(text.charAt(i - 1)))) {
                    i = dollar(i);
                    continue;
                } else if (c == '?') {
                    out.append("??");
                    i++;
                    continue;
                } else {
                    end = i + 1;
                }
                out.append(text, i, end);
                i = end;
            }
            return new PositionalSql(out.toString(), Arrays.copyOf(order, orderSize), highest);
        }

        /** A placeholder, a dollar-quoted string or a lone {@code $}; appends it and returns the index past it. */
        private int dollar(int start) {
            int length = text.length();
            int digitsEnd = start + 1;
            while (digitsEnd < length && isDigit(text.charAt(digitsEnd))) {
                digitsEnd++;
            }
            if (digitsEnd > start + 1) {
                addPlaceholder(text.substring(start + 1, digitsEnd));
                out.append('?');
                return digitsEnd;
            }
            int tagEnd = start + 1;
            if (tagEnd < length && isIdentifierStart(text.charAt(tagEnd))) {
                tagEnd++;
                while (tagEnd < length && isIdentifierPart(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                    tagEnd++;
                }
            }
            if (tagEnd < length && text.charAt(tagEnd) == '$') {
                String tag = text.substring(start, tagEnd + 1);
                int close = text.indexOf(tag, tagEnd + 1);
                int end = close < 0 ? length : close + tag.length();
                out.append(text, start, end);
                return end;
            }
            out.append('$');
            return start + 1;
        }

        private void addPlaceholder(String digits) {
            int number;
            try {
                number = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("placeholder $" + digits + " is out of range", e);
            }
            if (number == 0) {
                throw new IllegalArgumentException("placeholder $0 does not exist: placeholders start at $1");
            }
            if (orderSize == order.length) {
                order = Arrays.copyOf(order, orderSize * 2);
            }
            order[orderSize++] = number - 1;
            highest = Math.max(highest, number);
        }

        /** A quoted run; the quote character doubled stands for itself, and in E'…' a backslash escapes the next character. */
        private int skipQuoted(int start, char quote, boolean backslashEscapes) {
            int length = text.length();
            int i = start + 1;
            while (i < length) {
                char c = text.charAt(i);
                if (backslashEscapes && c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    if (i + 1 < length && text.charAt(i + 1) == quote) {
                        i += 2;
                    } else {
                        return i + 1;
                    }
                } else {
                    i++;
                }
            }
            return length;
        }

        private boolean isEscapeStringStart(int quote) {
            if (quote == 0) {
                return false;
            }
            char prefix = text.charAt(quote - 1);
            return (prefix == 'E' || prefix == 'e') && (quote < 2 || !isIdentifierPart(text.charAt(quote - 2)));
        }

        private int skipLineComment(int start) {
            int newline = text.indexOf('\n', start);
            return newline < 0 ? text.length() : newline + 1;
        }

        private int skipBlockComment(int start) {
            int length = text.length();
            int depth = 0;
            int i = start;
            while (i < length) {
                if (startsWith(i, "/*")) {
                    depth++;
                    i += 2;
                } else if (startsWith(i, "*/")) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return i;
                    }
                } else {
                    i++;
                }
            }
            return length;
        }

        private boolean startsWith(int index, String prefix) {
            return text.startsWith(prefix, index);
        }

        /** PostgreSQL identifiers start with a letter, {@code _} or any non-ASCII character. */
        private static boolean isIdentifierStart(char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128;
        }

        private static boolean isIdentifierPart(char c) {
            return isIdentifierStart(c) || isDigit(c) || c == '$';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
