package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A cache (only Redis for now), kept current by CDC; there is no TTL. */
public record CacheMeta(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) CacheEngine engine,
        @JsonProperty(required = true) List<CachedTableMeta> tables) {
    public CacheMeta {
        requireNonNull(id, "id is null");
        requireNonNull(engine, "engine is null");
        tables = List.copyOf(requireNonNull(tables, "tables is null"));
    }
}
