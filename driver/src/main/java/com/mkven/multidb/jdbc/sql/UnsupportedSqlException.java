package com.mkven.multidb.jdbc.sql;

import static java.util.Objects.requireNonNull;

/**
 * SQL text the driver cannot turn into a query definition, or parameter values it cannot bind. The
 * message names the construct and says where it is, e.g. {@code UNION is not supported (line 1,
 * column 27)}; {@link #kind()} tells the driver which {@code SQLException} to raise.
 */
public final class UnsupportedSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the text was refused, with the SQLState the driver reports for it. */
    public enum Kind {
        /** Not valid SQL, or SQL whose meaning is unclear (an ambiguous name). */
        SYNTAX("42000"),
        /** Valid SQL outside the subset the driver translates. */
        UNSUPPORTED("42000"),
        /** Anything that is not a read: the connection is read-only. */
        WRITE("25006"),
        /** A bound parameter value that cannot be used where its marker stands. */
        INVALID_PARAMETER("22023");

        private final String sqlState;

        Kind(String sqlState) {
            this.sqlState = sqlState;
        }

        public String sqlState() {
            return sqlState;
        }
    }

    private final Kind kind;
    private final String construct;
    private final SourcePosition position;

    /**
     * @param construct what was refused, e.g. {@code UNION} or {@code function upper()}
     * @param problem the sentence a user reads, without the position (which is appended)
     */
    public UnsupportedSqlException(Kind kind, String construct, String problem, SourcePosition position) {
        super(requireNonNull(problem, "problem is null") + " (" + requireNonNull(position, "position is null") + ")");
        this.kind = requireNonNull(kind, "kind is null");
        this.construct = requireNonNull(construct, "construct is null");
        this.position = position;
    }

    static UnsupportedSqlException unsupported(String construct, SourcePosition position) {
        return new UnsupportedSqlException(Kind.UNSUPPORTED, construct, construct + " is not supported", position);
    }

    static UnsupportedSqlException unsupported(String construct, String problem, SourcePosition position) {
        return new UnsupportedSqlException(Kind.UNSUPPORTED, construct, problem, position);
    }

    static UnsupportedSqlException syntax(String construct, String problem, SourcePosition position) {
        return new UnsupportedSqlException(Kind.SYNTAX, construct, problem, position);
    }

    static UnsupportedSqlException write(String construct, String problem, SourcePosition position) {
        return new UnsupportedSqlException(Kind.WRITE, construct, problem, position);
    }

    static UnsupportedSqlException invalidParameter(String problem, SourcePosition position) {
        return new UnsupportedSqlException(Kind.INVALID_PARAMETER, "parameter", problem, position);
    }

    public Kind kind() {
        return kind;
    }

    /** The refused construct, e.g. {@code UNION}, {@code INSERT}, {@code function upper()}. */
    public String construct() {
        return construct;
    }

    public SourcePosition position() {
        return position;
    }
}
