package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import static java.util.Objects.requireNonNull;

/**
 * A CDC replica of a table in another database.
 *
 * @param sourceTable {@link TableMeta#id()} of the original table
 * @param targetDatabase {@link DatabaseMeta#id()} holding the replica
 * @param targetPhysicalName the replica's physical name in the target database
 */
public record ExternalSync(
        @JsonProperty(required = true) String sourceTable,
        @JsonProperty(required = true) String targetDatabase,
        @JsonProperty(required = true) String targetPhysicalName,
        @JsonProperty(required = true) SyncMethod method,
        @JsonProperty(required = true) Lag estimatedLag) {
    public ExternalSync {
        requireNonNull(sourceTable, "sourceTable is null");
        requireNonNull(targetDatabase, "targetDatabase is null");
        requireNonNull(targetPhysicalName, "targetPhysicalName is null");
        requireNonNull(method, "method is null");
        requireNonNull(estimatedLag, "estimatedLag is null");
    }
}
