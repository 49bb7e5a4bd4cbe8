package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import static java.util.Objects.requireNonNull;

/**
 * A foreign key, declared on the table that holds the FK column; looked up in both directions.
 *
 * @param column apiName of the FK column in the owning table
 */
public record RelationMeta(
        @JsonProperty(required = true) String column,
        @JsonProperty(required = true) RelationTarget references,
        @JsonProperty(required = true) RelationType type) {
    public RelationMeta {
        requireNonNull(column, "column is null");
        requireNonNull(references, "references is null");
        requireNonNull(type, "type is null");
    }
}
