package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonProperty;

import static java.util.Objects.requireNonNull;

/**
 * The referenced side of a relation.
 *
 * @param table the referenced {@link TableMeta#id()}
 * @param column the referenced column apiName
 */
public record RelationTarget(
        @JsonProperty(required = true) String table,
        @JsonProperty(required = true) String column) {
    public RelationTarget {
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
    }
}
