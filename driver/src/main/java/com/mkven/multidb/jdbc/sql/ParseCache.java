package com.mkven.multidb.jdbc.sql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed statements of recently used texts (jdbc.md: "parsed statements are cached per
 * text"), least recently used first out. Parsing happens outside the lock, so one slow text never
 * holds up the others; two threads parsing the same new text both parse it, which is harmless.
 * Long texts are not kept: an entry holds its text and its tree, and a few huge ones would pin
 * far more memory than they save time.
 */
final class ParseCache {
    static final int MAX_CACHED_SQL_CHARS = 16 * 1024;

    private final Map<String, ParsedQuery> entries;

    ParseCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must not be negative, got " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ParsedQuery> eldest) {
                return size() > capacity;
            }
        };
    }

    ParsedQuery parse(String sql) {
        ParsedQuery cached;
        synchronized (entries) {
            cached = entries.get(sql);
        }
        if (cached != null) {
            return cached;
        }
        ParsedQuery parsed = StatementParser.parse(sql);
        if (sql.length() <= MAX_CACHED_SQL_CHARS) {
            synchronized (entries) {
                entries.put(sql, parsed);
            }
        }
        return parsed;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
