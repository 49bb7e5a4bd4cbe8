package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A table of a database.
 *
 * @param id internal id, free-form (referenced by relations, syncs, caches and roles)
 * @param apiName public name used in queries
 * @param database the {@link DatabaseMeta#id()} holding the table
 * @param physicalName name in the database, may be schema-qualified
 * @param primaryKey column apiNames, possibly composite
 * @param trinoPhysicalName for a ClickHouse table with array columns: the view Trino reads it through, which holds each
 *         array column as JSON text under the same name ({@code toJSONString(tags) AS tags}), because Trino's clickhouse
 *         connector cannot read arrays. An extension of metadata.md §3, checked by config validation.
 */
public record TableMeta(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String apiName,
        @JsonProperty(required = true) String database,
        @JsonProperty(required = true) String physicalName,
        @JsonProperty(required = true) List<ColumnMeta> columns,
        @JsonProperty(required = true) List<String> primaryKey,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<RelationMeta> relations,
        Optional<String> trinoPhysicalName) {
    public TableMeta {
        requireNonNull(id, "id is null");
        requireNonNull(apiName, "apiName is null");
        requireNonNull(database, "database is null");
        requireNonNull(physicalName, "physicalName is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        primaryKey = List.copyOf(requireNonNull(primaryKey, "primaryKey is null"));
        relations = relations == null ? List.of() : List.copyOf(relations);
        trinoPhysicalName = requireNonNull(trinoPhysicalName, "trinoPhysicalName is null");
    }

    /** Finds a column by apiName (linear: use {@code MetadataIndex} on hot paths). */
    public Optional<ColumnMeta> column(String columnApiName) {
        for (ColumnMeta column : columns) {
            if (column.apiName().equals(columnApiName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
