package com.mkven.multidb.jdbc;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parsed JSON statements by text, least recently used first out, shared by every connection of the driver: parsing
 * depends on nothing but the text, so one parse serves every connection and every role. (SQL text has its own cache
 * in the translator.)
 */
final class JsonStatementCache {
    static final int DEFAULT_CAPACITY = 512;

    private final Map<String, JsonStatement> statements;

    JsonStatementCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.statements = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonStatement> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @throws SQLException {@code 42000} when the text is not a valid JSON query; failures are not cached */
    JsonStatement parse(String text) throws SQLException {
        synchronized (statements) {
            JsonStatement cached = statements.get(text);
            if (cached != null) {
                return cached;
            }
        }
        // parsed outside the lock: two threads may parse the same text once each, which is harmless
        JsonStatement parsed = JsonStatement.parse(text);
        synchronized (statements) {
            statements.put(text, parsed);
        }
        return parsed;
    }
}
