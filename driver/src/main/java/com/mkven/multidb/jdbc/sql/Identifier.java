package com.mkven.multidb.jdbc.sql;

import static java.util.Objects.requireNonNull;

/**
 * A name as written in the SQL: {@code "createdAt"} (quoted, matched exactly) or {@code createdat}
 * (unquoted, matched case-insensitively). Only double quotes quote: the driver reports {@code "}
 * as its identifier quote string, and a backtick or bracket name is refused rather than guessed at.
 *
 * @param name the name without quotes, {@code ""} inside quotes read as one {@code "}
 */
record Identifier(String name, boolean quoted, SourcePosition position) {
    Identifier {
        requireNonNull(name, "name is null");
        requireNonNull(position, "position is null");
    }

    static Identifier of(String written, SourcePosition position) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return new Identifier(written.substring(1, written.length() - 1).replace("\"\"", "\""), true, position);
        }
        if (written.startsWith("`") || written.startsWith("[")) {
            throw UnsupportedSqlException.unsupported("quoted identifier " + written,
                    "identifier " + written + " is not supported: quote names with double quotes", position);
        }
        return new Identifier(written, false, position);
    }

    /** Whether this name denotes {@code candidate}: exactly when quoted, ignoring case otherwise. */
    boolean matches(String candidate) {
        return quoted ? name.equals(candidate) : name.equalsIgnoreCase(candidate);
    }

    /** The name as a user would write it. */
    String written() {
        return quoted ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }
}
