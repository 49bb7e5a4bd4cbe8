package com.mkven.multidb.jdbc;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.access.TableAccess;
import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ContextRoles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The metadata a connection's roles can see: readable tables with their allowed columns, and the relations between
 * them whose columns are visible on both sides (jdbc.md: "Tables or columns the roles cannot see never appear").
 * SQL text is resolved against it, and {@code DatabaseMetaData} describes it. Caches and replicas are left out: they
 * are how queries run, not what a caller names.
 */
public final class VisibleMetadata {
    private VisibleMetadata() {}

    public static MetadataIndex index(MetadataSnapshot snapshot, ContextRoles roles) {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(roles, "roles is null");
        EffectiveAccess access = EffectiveAccess.resolve(roles, snapshot.index());
        List<TableMeta> tables = new ArrayList<>();
        for (TableMeta table : snapshot.metadata().tables()) {
            access.table(table.id()).ifPresent(tableAccess -> tables.add(visible(table, tableAccess, access)));
        }
        MetadataConfig metadata = snapshot.metadata();
        return new MetadataIndex(new MetadataConfig(metadata.databases(), tables, List.of(), List.of(), metadata.trino()), snapshot.roles());
    }

    private static TableMeta visible(TableMeta table, TableAccess tableAccess, EffectiveAccess access) {
        List<ColumnMeta> columns = new ArrayList<>();
        for (ColumnMeta column : table.columns()) {
            if (tableAccess.allows(column.apiName())) {
                columns.add(column);
            }
        }
        List<RelationMeta> relations = new ArrayList<>();
        for (RelationMeta relation : table.relations()) {
            Optional<TableAccess> target = access.table(relation.references().table());
            if (tableAccess.allows(relation.column()) && target.isPresent() && target.get().allows(relation.references().column())) {
                relations.add(relation);
            }
        }
        boolean keyVisible = table.primaryKey().stream().allMatch(tableAccess::allows);
        return new TableMeta(table.id(), table.apiName(), table.database(), table.physicalName(), columns,
                keyVisible ? table.primaryKey() : List.of(), relations, table.trinoPhysicalName());
    }
}
