package com.mkven.multidb.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Lookup maps over one metadata snapshot, built once and shared by every query (metadata.md §14).
 * Built from a possibly invalid config too (config validation reports the problems): where ids
 * or names repeat, the first one wins.
 */
public final class MetadataIndex {
    private final MetadataConfig config;
    private final Map<String, TableMeta> tablesByApiName;
    private final Map<String, TableMeta> tablesById;
    private final Map<String, Map<String, ColumnMeta>> columnsByTable;
    private final Map<String, DatabaseMeta> databasesById;
    private final Map<String, RoleMeta> rolesById;
    private final Map<String, List<ExternalSync>> syncsByTable;
    private final Map<String, CachedTable> cachesByTable;

    public MetadataIndex(MetadataConfig config, List<RoleMeta> roles) {
        this.config = requireNonNull(config, "config is null");
        requireNonNull(roles, "roles is null");
        Map<String, TableMeta> byApiName = new LinkedHashMap<>();
        Map<String, TableMeta> byId = new LinkedHashMap<>();
        Map<String, Map<String, ColumnMeta>> columns = new LinkedHashMap<>();
        for (TableMeta table : config.tables()) {
            byApiName.putIfAbsent(table.apiName(), table);
            if (byId.putIfAbsent(table.id(), table) == null) {
                Map<String, ColumnMeta> tableColumns = new LinkedHashMap<>();
                for (ColumnMeta column : table.columns()) {
                    tableColumns.putIfAbsent(column.apiName(), column);
                }
                columns.put(table.id(), Collections.unmodifiableMap(tableColumns));
            }
        }
        Map<String, DatabaseMeta> databases = new LinkedHashMap<>();
        for (DatabaseMeta database : config.databases()) {
            databases.putIfAbsent(database.id(), database);
        }
        Map<String, RoleMeta> rolesMap = new LinkedHashMap<>();
        for (RoleMeta role : roles) {
            rolesMap.putIfAbsent(role.id(), role);
        }
        Map<String, List<ExternalSync>> syncs = new LinkedHashMap<>();
        for (ExternalSync sync : config.externalSyncs()) {
            syncs.computeIfAbsent(sync.sourceTable(), key -> new ArrayList<>()).add(sync);
        }
        syncs.replaceAll((key, list) -> List.copyOf(list));
        Map<String, CachedTable> caches = new LinkedHashMap<>();
        for (CacheMeta cache : config.caches()) {
            for (CachedTableMeta table : cache.tables()) {
                caches.putIfAbsent(table.tableId(), new CachedTable(cache, table));
            }
        }
        this.tablesByApiName = Collections.unmodifiableMap(byApiName);
        this.tablesById = Collections.unmodifiableMap(byId);
        this.columnsByTable = Collections.unmodifiableMap(columns);
        this.databasesById = Collections.unmodifiableMap(databases);
        this.rolesById = Collections.unmodifiableMap(rolesMap);
        this.syncsByTable = Collections.unmodifiableMap(syncs);
        this.cachesByTable = Collections.unmodifiableMap(caches);
    }

    public MetadataConfig config() {
        return config;
    }

    public Map<String, TableMeta> tablesByApiName() {
        return tablesByApiName;
    }

    public Map<String, TableMeta> tablesById() {
        return tablesById;
    }

    public Map<String, Map<String, ColumnMeta>> columnsByTable() {
        return columnsByTable;
    }

    public Map<String, DatabaseMeta> databasesById() {
        return databasesById;
    }

    public Map<String, RoleMeta> rolesById() {
        return rolesById;
    }

    public Optional<TableMeta> tableByApiName(String apiName) {
        return Optional.ofNullable(tablesByApiName.get(apiName));
    }

    public Optional<TableMeta> tableById(String id) {
        return Optional.ofNullable(tablesById.get(id));
    }

    public Optional<ColumnMeta> column(TableMeta table, String columnApiName) {
        Map<String, ColumnMeta> columns = columnsByTable.get(table.id());
        return columns == null ? Optional.empty() : Optional.ofNullable(columns.get(columnApiName));
    }

    public Optional<DatabaseMeta> database(String id) {
        return Optional.ofNullable(databasesById.get(id));
    }

    /** The replicas of a table, in config order. */
    public List<ExternalSync> syncsOf(String tableId) {
        return syncsByTable.getOrDefault(tableId, List.of());
    }

    /** The cache holding a table, if any. */
    public Optional<CachedTable> cacheOf(String tableId) {
        return Optional.ofNullable(cachesByTable.get(tableId));
    }

    /**
     * The relation connecting two tables, looked up in both directions (metadata.md §5): first a
     * relation declared on {@code a} that references {@code b}, then one declared on {@code b}.
     */
    public Optional<RelationLink> relationBetween(TableMeta a, TableMeta b) {
        Optional<RelationLink> declaredOnA = declaredRelation(a, b);
        return declaredOnA.isPresent() ? declaredOnA : declaredRelation(b, a);
    }

    private Optional<RelationLink> declaredRelation(TableMeta holder, TableMeta target) {
        for (RelationMeta relation : holder.relations()) {
            if (relation.references().table().equals(target.id())) {
                Optional<ColumnMeta> foreignKey = column(holder, relation.column());
                Optional<ColumnMeta> targetColumn = column(target, relation.references().column());
                if (foreignKey.isPresent() && targetColumn.isPresent()) {
                    return Optional.of(new RelationLink(holder, foreignKey.get(), target, targetColumn.get(), relation.type()));
                }
            }
        }
        return Optional.empty();
    }

    /** A cached table together with the cache that holds it. */
    public record CachedTable(CacheMeta cache, CachedTableMeta table) {
        public CachedTable {
            requireNonNull(cache, "cache is null");
            requireNonNull(table, "table is null");
        }
    }
}
