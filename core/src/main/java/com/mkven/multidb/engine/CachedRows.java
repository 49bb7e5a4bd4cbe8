package com.mkven.multidb.engine;

import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.plan.CacheRoute;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.spi.CacheProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a {@code byIds} query from the cache (sql.md §6.1): one key per distinct id
 * from the key pattern, one {@code getMany}. A cache that fails is a full miss — the database
 * serves the query and the debug log says so (decisions.md §9).
 */
final class CachedRows {
    private CachedRows() {}

    /** Hits by canonical id text, in {@code ids} order. */
    static Map<String, Map<String, Object>> read(CacheRoute route, CacheProvider cache, List<Object> ids, DebugLog debug) {
        TableMeta table = route.table();
        ColumnMeta key = table.column(table.primaryKey().get(0)).orElseThrow();
        String pattern = route.cached().table().keyPattern();
        String placeholder = "{" + key.apiName() + "}";
        Map<String, String> idByKey = new LinkedHashMap<>();
        for (Object id : ids) {
            String text = canonicalId(id, key);
            idByKey.put(pattern.replace(placeholder, text), text);
        }
        Map<String, Map<String, Object>> found;
        try {
            found = cache.getMany(new ArrayList<>(idByKey.keySet()));
        } catch (RuntimeException e) {
            debug.add(DebugPhase.CACHE, "cache %s unavailable (%s): served from the database".formatted(route.cacheId(), e.getMessage()));
            return Map.of();
        }
        Map<String, Map<String, Object>> hits = new LinkedHashMap<>();
        idByKey.forEach((cacheKey, id) -> {
            Map<String, Object> row = found.get(cacheKey);
            if (row != null) {
                hits.put(id, row);
            }
        });
        debug.add(DebugPhase.CACHE, "%d of %d ids found in %s".formatted(hits.size(), idByKey.size(), route.cacheId()), List.copyOf(hits.keySet()));
        return hits;
    }

    /** The text an id has in cache keys and in comparisons with database rows: its normalised value. */
    static String canonicalId(Object id, ColumnMeta key) {
        return String.valueOf(ValueNormalizer.normalize(id, key.type()));
    }

    /** The distinct ids of {@code byIds}, in order. */
    static List<Object> distinct(List<Object> ids, ColumnMeta key) {
        Map<String, Object> distinct = new LinkedHashMap<>();
        for (Object id : ids) {
            distinct.putIfAbsent(canonicalId(id, key), id);
        }
        return new ArrayList<>(distinct.values());
    }
}
