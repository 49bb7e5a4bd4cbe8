package com.mkven.multidb.jdbc.sql;

/**
 * Where something sits in the SQL text, both counted from 1 as JSqlParser's tokens count them.
 */
public record SourcePosition(int line, int column) {
    /** The start of the text: for problems that belong to the statement as a whole. */
    public static final SourcePosition START = new SourcePosition(1, 1);

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions count from 1, got line " + line + ", column " + column);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
