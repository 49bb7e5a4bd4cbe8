package com.mkven.multidb.plan;

import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Where one required table is read: its original or a replica, under which physical name, and
 * with which Trino catalog when the Trino dialect runs.
 */
public record PlannedTable(TableMeta table, TableSource source, String database, String physicalName, Optional<String> catalog) {
    public PlannedTable {
        requireNonNull(table, "table is null");
        requireNonNull(source, "source is null");
        requireNonNull(database, "database is null");
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(catalog, "catalog is null");
    }

    public TableUsed toTableUsed() {
        return new TableUsed(table.id(), source, database, physicalName);
    }
}
