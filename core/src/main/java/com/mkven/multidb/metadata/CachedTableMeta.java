package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A table held in a cache.
 *
 * @param tableId {@link TableMeta#id()}
 * @param keyPattern e.g. {@code users:{id}}; every placeholder names a primary-key column apiName
 * @param columns apiNames held in the cache; empty means all columns
 */
public record CachedTableMeta(
        @JsonProperty(required = true) String tableId,
        @JsonProperty(required = true) String keyPattern,
        Optional<List<String>> columns) {
    public CachedTableMeta {
        requireNonNull(tableId, "tableId is null");
        requireNonNull(keyPattern, "keyPattern is null");
        columns = requireNonNull(columns, "columns is null").map(List::copyOf);
    }
}
