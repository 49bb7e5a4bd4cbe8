package com.mkven.multidb.tck.engine;

import com.mkven.multidb.spi.CacheProvider;

import java.util.List;
import java.util.Map;

/** A cache that holds nothing and counts its lifecycle calls. */
final class RecordingCache implements CacheProvider {
    volatile int closeCalls;

    @Override
    public Map<String, Map<String, Object>> getMany(List<String> keys) {
        return Map.of();
    }

    @Override
    public void ping() {}

    @Override
    public void close() {
        closeCalls++;
    }
}
