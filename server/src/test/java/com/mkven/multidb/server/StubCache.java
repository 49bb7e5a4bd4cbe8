package com.mkven.multidb.server;

import com.mkven.multidb.spi.CacheProvider;

import java.util.List;
import java.util.Map;

/** A cache that misses every key and answers pings: enough to show up in the health check. */
final class StubCache implements CacheProvider {
    @Override
    public Map<String, Map<String, Object>> getMany(List<String> keys) {
        return Map.of();
    }

    @Override
    public void ping() {}

    @Override
    public void close() {}
}
