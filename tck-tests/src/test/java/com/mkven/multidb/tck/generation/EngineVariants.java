package com.mkven.multidb.tck.generation;

import com.mkven.multidb.metadata.DatabaseEngine;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.tck.seed.TableCopies;
import com.mkven.multidb.tck.seed.TableCopy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Variants of the fixture metadata (fixture.md §10: built anew, the shared objects untouched) in which every table a
 * SQL-generation scenario reads is reached on one engine, so the same scenario runs on each engine in turn. Replicas
 * and the cache are left out: each variant has exactly one route per query.
 */
final class EngineVariants {
    private EngineVariants() {}

    /**
     * Every table that can be on one database moved there: its own tables as they are, the others read from the
     * fixture's replica in that database where there is one, else from a test copy ({@link TableCopies}). A table with
     * neither stays where it is, so scenarios reading it do not run on that database.
     */
    static MetadataConfig onOneDatabase(MetadataConfig fixture, String databaseId) {
        List<TableMeta> tables = new ArrayList<>();
        for (TableMeta table : fixture.tables()) {
            Optional<String> physicalName = table.database().equals(databaseId) ? Optional.empty() : physicalNameIn(fixture, table, databaseId);
            tables.add(physicalName.map(name -> movedTo(table, databaseId, name)).orElse(table));
        }
        MetadataConfig variant = new MetadataConfig(fixture.databases(), tables, List.of(), List.of(), fixture.trino());
        return variant.databases().stream().anyMatch(database -> database.id().equals(databaseId) && database.engine() == DatabaseEngine.CLICKHOUSE)
                ? withoutTrinoReads(variant, databaseId)
                : variant;
    }

    /**
     * A variant on one database never federates, and the copies and replicas moved into ClickHouse have no view for
     * Trino (config validation wants one for a ClickHouse table with arrays that Trino may read): a ClickHouse target
     * is declared without its catalog, and so without the views of its own tables.
     */
    private static MetadataConfig withoutTrinoReads(MetadataConfig variant, String databaseId) {
        List<DatabaseMeta> databases = new ArrayList<>();
        for (DatabaseMeta database : variant.databases()) {
            databases.add(database.id().equals(databaseId) ? new DatabaseMeta(database.id(), database.engine(), Optional.empty()) : database);
        }
        List<TableMeta> tables = new ArrayList<>();
        for (TableMeta table : variant.tables()) {
            tables.add(table.database().equals(databaseId) ? movedTo(table, databaseId, table.physicalName()) : table);
        }
        return new MetadataConfig(databases, tables, variant.caches(), variant.externalSyncs(), variant.trino());
    }

    /**
     * Every database reachable through Trino only: declared with the engine {@code iceberg}, which the planner always
     * routes to the {@code trino} executor with the database's catalog. A query on one database is then P1 through
     * Trino, a query over several P3 ({@code trino-cross-db}); tables keep their databases and physical names.
     */
    static MetadataConfig throughTrino(MetadataConfig fixture) {
        List<DatabaseMeta> databases = new ArrayList<>();
        for (DatabaseMeta database : fixture.databases()) {
            databases.add(new DatabaseMeta(database.id(), DatabaseEngine.ICEBERG, database.trinoCatalog()));
        }
        return new MetadataConfig(databases, fixture.tables(), List.of(), List.of(), fixture.trino());
    }

    private static Optional<String> physicalNameIn(MetadataConfig fixture, TableMeta table, String databaseId) {
        for (ExternalSync sync : fixture.externalSyncs()) {
            if (sync.sourceTable().equals(table.id()) && sync.targetDatabase().equals(databaseId)) {
                return Optional.of(sync.targetPhysicalName());
            }
        }
        return TableCopies.of(table.id(), databaseId).map(TableCopy::physicalName);
    }

    private static TableMeta movedTo(TableMeta table, String databaseId, String physicalName) {
        return new TableMeta(table.id(), table.apiName(), databaseId, physicalName, table.columns(), table.primaryKey(), table.relations(),
                Optional.empty());
    }
}
