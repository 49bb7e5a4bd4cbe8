package com.mkven.multidb.plan;

import com.mkven.multidb.ir.JsonArrayView;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.DatabaseEngine;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Where one required table is read: its original or a replica, under which physical name, with which Trino catalog
 * when the Trino dialect runs, and whether that name is a view holding the table's arrays as JSON text.
 */
public record PlannedTable(TableMeta table, TableSource source, String database, String physicalName, Optional<String> catalog,
        Optional<JsonArrayView> jsonArrayView) {
    public PlannedTable {
        requireNonNull(table, "table is null");
        requireNonNull(source, "source is null");
        requireNonNull(database, "database is null");
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(jsonArrayView, "jsonArrayView is null");
    }

    /** The original in its database: read by that database's executor, or by Trino when it is Iceberg (P1, P2). */
    static PlannedTable original(TableMeta table, DatabaseMeta database) {
        if (database.engine() == DatabaseEngine.ICEBERG) {
            return throughTrino(table, database);
        }
        return new PlannedTable(table, TableSource.ORIGINAL, database.id(), table.physicalName(), Optional.empty(), Optional.empty());
    }

    /** A replica of {@code table} in {@code database} (P2); replicas are read as they are, even by Trino. */
    static PlannedTable replica(TableMeta table, DatabaseMeta database, ExternalSync sync) {
        Optional<String> catalog = database.engine() == DatabaseEngine.ICEBERG ? database.trinoCatalog() : Optional.empty();
        return new PlannedTable(table, TableSource.MATERIALIZED, database.id(), sync.targetPhysicalName(), catalog, Optional.empty());
    }

    /**
     * The original read by Trino through its database's catalog (P3, and Iceberg always): a table with a
     * {@code trinoPhysicalName} (a ClickHouse one, whose arrays the connector cannot read) through that view, with its
     * array columns as JSON text.
     */
    public static PlannedTable throughTrino(TableMeta table, DatabaseMeta database) {
        if (table.trinoPhysicalName().isEmpty()) {
            return new PlannedTable(table, TableSource.ORIGINAL, database.id(), table.physicalName(), database.trinoCatalog(), Optional.empty());
        }
        List<String> columns = new ArrayList<>(table.columns().size());
        Map<String, ColumnType> jsonArrays = new LinkedHashMap<>();
        for (ColumnMeta column : table.columns()) {
            columns.add(column.physicalName());
            if (column.type().isArray()) {
                jsonArrays.put(column.physicalName(), column.type());
            }
        }
        return new PlannedTable(table, TableSource.ORIGINAL, database.id(), table.trinoPhysicalName().get(), database.trinoCatalog(),
                Optional.of(new JsonArrayView(columns, jsonArrays)));
    }

    /** {@code table} (same alias) pointed at where this plan reads it. */
    public TableRef applyTo(TableRef table) {
        return table.readFrom(physicalName, catalog, jsonArrayView);
    }

    public TableUsed toTableUsed() {
        return new TableUsed(table.id(), source, database, physicalName);
    }
}
