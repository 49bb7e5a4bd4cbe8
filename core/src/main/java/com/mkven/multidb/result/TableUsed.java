package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;

import static java.util.Objects.requireNonNull;

/**
 * A table a query read, and from where.
 *
 * @param physicalName the replica's name when {@code source} is {@code materialized}
 */
public record TableUsed(
        @JsonProperty(required = true) String tableId,
        @JsonProperty(required = true) TableSource source,
        @JsonProperty(required = true) String database,
        @JsonProperty(required = true) String physicalName) {
    public TableUsed {
        requireNonNull(tableId, "tableId is null");
        requireNonNull(source, "source is null");
        requireNonNull(database, "database is null");
        requireNonNull(physicalName, "physicalName is null");
    }
}
