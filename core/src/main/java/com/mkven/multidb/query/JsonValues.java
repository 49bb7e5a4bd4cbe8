package com.mkven.multidb.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes JSON-shaped operand values (lists and maps may hold {@code null}) deeply immutable. */
final class JsonValues {
    private JsonValues() {}

    static Object immutableCopy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(element == null ? null : immutableCopy(element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object element = entry.getValue();
                copy.put(String.valueOf(entry.getKey()), element == null ? null : immutableCopy(element));
            }
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }
}
