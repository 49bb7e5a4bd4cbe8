package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.CacheMeta;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.TableMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds the V-badConfig-* variants of fixture.md §10 as new records, so the shared fixture objects are never
 * changed (decisions.md §20).
 */
final class ConfigVariants {
    private ConfigVariants() {}

    static MetadataConfig withTables(MetadataConfig metadata, List<TableMeta> tables) {
        return new MetadataConfig(
                metadata.databases(), tables, metadata.caches(), metadata.externalSyncs(), metadata.trino());
    }

    static MetadataConfig withDatabases(MetadataConfig metadata, List<DatabaseMeta> databases) {
        return new MetadataConfig(
                databases, metadata.tables(), metadata.caches(), metadata.externalSyncs(), metadata.trino());
    }

    static MetadataConfig withCaches(MetadataConfig metadata, List<CacheMeta> caches) {
        return new MetadataConfig(
                metadata.databases(), metadata.tables(), caches, metadata.externalSyncs(), metadata.trino());
    }

    static MetadataConfig withSyncs(MetadataConfig metadata, List<ExternalSync> syncs) {
        return new MetadataConfig(
                metadata.databases(), metadata.tables(), metadata.caches(), syncs, metadata.trino());
    }

    /** The metadata with the table of id {@code tableId} replaced by {@code change} applied to it. */
    static MetadataConfig changeTable(MetadataConfig metadata, String tableId, UnaryOperator<TableMeta> change) {
        List<TableMeta> tables = new ArrayList<>();
        for (TableMeta table : metadata.tables()) {
            tables.add(table.id().equals(tableId) ? change.apply(table) : table);
        }
        return withTables(metadata, tables);
    }

    static MetadataConfig addTable(MetadataConfig metadata, TableMeta table) {
        return withTables(metadata, plus(metadata.tables(), table));
    }

    static TableMeta table(MetadataConfig metadata, String tableId) {
        return metadata.tables().stream()
                .filter(table -> table.id().equals(tableId))
                .findFirst()
                .orElseThrow();
    }

    static TableMeta withId(TableMeta table, String id) {
        return new TableMeta(id, table.apiName(), table.database(), table.physicalName(),
                table.columns(), table.primaryKey(), table.relations(), table.trinoPhysicalName());
    }

    static TableMeta withApiName(TableMeta table, String apiName) {
        return new TableMeta(table.id(), apiName, table.database(), table.physicalName(),
                table.columns(), table.primaryKey(), table.relations(), table.trinoPhysicalName());
    }

    static TableMeta withDatabase(TableMeta table, String database) {
        return new TableMeta(table.id(), table.apiName(), database, table.physicalName(),
                table.columns(), table.primaryKey(), table.relations(), table.trinoPhysicalName());
    }

    static TableMeta withColumns(TableMeta table, List<ColumnMeta> columns) {
        return new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(),
                columns, table.primaryKey(), table.relations(), table.trinoPhysicalName());
    }

    static TableMeta withPrimaryKey(TableMeta table, List<String> primaryKey) {
        return new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(),
                table.columns(), primaryKey, table.relations(), table.trinoPhysicalName());
    }

    static TableMeta withTrinoPhysicalName(TableMeta table, Optional<String> trinoPhysicalName) {
        return new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(),
                table.columns(), table.primaryKey(), table.relations(), trinoPhysicalName);
    }

    static TableMeta withRelations(TableMeta table, List<RelationMeta> relations) {
        return new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(),
                table.columns(), table.primaryKey(), relations, table.trinoPhysicalName());
    }

    static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
