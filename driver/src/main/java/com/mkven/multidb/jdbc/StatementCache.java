package com.mkven.multidb.jdbc;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parsed statements by text, least recently used first out, shared by every connection of the driver: parsing
 * depends on nothing but the text (a JSON template's markers, a SQL statement's syntax tree), so one parse serves
 * every connection and every role. Text starting with <code>{</code> (after white space) is JSON, anything else SQL.
 */
final class StatementCache {
    static final int DEFAULT_CAPACITY = 512;

    private final Map<String, ParsedStatement> statements;

    StatementCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.statements = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ParsedStatement> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @throws SQLException when the text is neither a valid JSON query nor SQL of the subset; failures are not cached */
    ParsedStatement parse(String text) throws SQLException {
        if (text == null) {
            throw SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION.exception("Statement text is null");
        }
        synchronized (statements) {
            ParsedStatement cached = statements.get(text);
            if (cached != null) {
                return cached;
            }
        }
        // parsed outside the lock: two threads may parse the same text once each, which is harmless
        ParsedStatement parsed = text.stripLeading().startsWith("{") ? JsonStatement.parse(text) : SqlStatement.parse(text);
        synchronized (statements) {
            statements.put(text, parsed);
        }
        return parsed;
    }

    int size() {
        synchronized (statements) {
            return statements.size();
        }
    }
}
