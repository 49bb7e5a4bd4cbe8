package com.mkven.multidb.jdbc;

import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.result.DebugLogEntry;

import java.sql.SQLWarning;
import java.util.List;

/** The debug log of a query as a chain of {@link DebugLogWarning}s, one per entry: {@code [phase] message {details}}. */
final class DebugWarnings {
    private DebugWarnings() {}

    /** @return {@code null} when there are no entries from {@code from} on, as {@code getWarnings} answers "none" */
    static SQLWarning chain(List<DebugLogEntry> entries, int from) {
        SQLWarning first = null;
        for (int i = entries.size() - 1; i >= from; i--) {
            SQLWarning warning = new DebugLogWarning(text(entries.get(i)), entries.get(i));
            if (first != null) {
                warning.setNextWarning(first);
            }
            first = warning;
        }
        return first;
    }

    private static String text(DebugLogEntry entry) {
        String text = "[" + entry.phase().wireName() + "] " + entry.message();
        return entry.details().map(details -> text + " " + MultiDbJson.write(details)).orElse(text);
    }
}
