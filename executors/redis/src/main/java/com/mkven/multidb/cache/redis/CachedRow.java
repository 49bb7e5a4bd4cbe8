package com.mkven.multidb.cache.redis;

import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.json.MultiDbJson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cached row as stored in Redis: a JSON object keyed by column apiName (decisions.md §9). A
 * value that is not such an object (malformed JSON, an array, a bare string, {@code null}) is a
 * broken entry; it counts as a miss so the row is read from the database instead of the whole
 * query failing.
 */
final class CachedRow {
    private CachedRow() {}

    static Optional<Map<String, Object>> parse(String json) {
        Object value;
        try {
            value = MultiDbJson.read(json, Object.class);
        } catch (InvalidJsonException e) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> object)) {
            return Optional.empty();
        }
        return Optional.of(freeze(object));
    }

    /** JSON objects read as maps with string keys; nested lists and objects are made unmodifiable too. */
    private static Map<String, Object> freeze(Map<?, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>(object.size() * 2);
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            copy.put((String) entry.getKey(), freezeValue(entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object freezeValue(Object value) {
        if (value instanceof Map<?, ?> object) {
            return freeze(object);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(freezeValue(element));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
