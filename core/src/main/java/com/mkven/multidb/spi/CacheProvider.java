package com.mkven.multidb.spi;

import java.util.List;
import java.util.Map;

/**
 * A key-value cache holding rows as JSON objects keyed by column apiName (decisions.md §9).
 * Implementations live in {@code executors/redis}.
 */
public interface CacheProvider {
    /**
     * Fetches every key in one round trip. The result holds only the hits; a key that is absent
     * from it is a miss. Row values are JSON-shaped (strings, numbers, booleans, lists, null).
     */
    Map<String, Map<String, Object>> getMany(List<String> keys);

    void ping();

    void close();
}
