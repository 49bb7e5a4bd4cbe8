package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A database MultiDB can reach.
 *
 * @param trinoCatalog the Trino catalog through which this database is reachable, if any
 */
public record DatabaseMeta(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) DatabaseEngine engine,
        Optional<String> trinoCatalog) {
    public DatabaseMeta {
        requireNonNull(id, "id is null");
        requireNonNull(engine, "engine is null");
        trinoCatalog = requireNonNull(trinoCatalog, "trinoCatalog is null");
    }

    public static DatabaseMeta of(String id, DatabaseEngine engine, String trinoCatalog) {
        return new DatabaseMeta(id, engine, Optional.of(trinoCatalog));
    }
}
