package com.mkven.multidb.jdbc;

import com.mkven.multidb.result.DebugLogEntry;

import java.sql.SQLWarning;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a query's debug log ({@code debug=true}) in {@link java.sql.Statement#getWarnings()}: the message reads
 * {@code [phase] message {details}} for logs and tools, and {@link #entry()} gives the entry itself, timestamp
 * included, to code that wants it typed.
 */
public final class DebugLogWarning extends SQLWarning {
    private static final long serialVersionUID = 1L;

    /** Not serialised: a warning sent over Java serialisation keeps its text, which says everything the entry does. */
    private final transient DebugLogEntry entry;

    DebugLogWarning(String message, DebugLogEntry entry) {
        super(requireNonNull(message, "message is null"), SqlState.WARNING);
        this.entry = requireNonNull(entry, "entry is null");
    }

    /** The entry: timestamp, phase, message and details. */
    public DebugLogEntry entry() {
        return entry;
    }
}
