package com.mkven.multidb.plan;

import com.mkven.multidb.metadata.MetadataIndex.CachedTable;
import com.mkven.multidb.metadata.TableMeta;

import static java.util.Objects.requireNonNull;

/** P0: a {@code byIds} query the cache can answer, fully or in part. */
public record CacheRoute(TableMeta table, CachedTable cached) {
    public CacheRoute {
        requireNonNull(table, "table is null");
        requireNonNull(cached, "cached is null");
    }

    public String cacheId() {
        return cached.cache().id();
    }
}
