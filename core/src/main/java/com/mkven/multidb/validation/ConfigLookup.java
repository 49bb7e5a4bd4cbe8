package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableMeta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The config under validation with its databases and tables looked up by id. When an id is declared twice the
 * first declaration wins here; the repeat itself is reported by {@link UniqueIdChecks}.
 */
final class ConfigLookup {
    private final MetadataConfig metadata;
    private final List<RoleMeta> roles;
    private final Map<String, DatabaseMeta> databasesById = new LinkedHashMap<>();
    private final Map<String, TableMeta> tablesById = new LinkedHashMap<>();

    ConfigLookup(MetadataConfig metadata, List<RoleMeta> roles) {
        this.metadata = requireNonNull(metadata, "metadata is null");
        this.roles = List.copyOf(requireNonNull(roles, "roles is null"));
        for (DatabaseMeta database : metadata.databases()) {
            databasesById.putIfAbsent(database.id(), database);
        }
        for (TableMeta table : metadata.tables()) {
            tablesById.putIfAbsent(table.id(), table);
        }
    }

    MetadataConfig metadata() {
        return metadata;
    }

    List<RoleMeta> roles() {
        return roles;
    }

    boolean hasDatabase(String databaseId) {
        return databasesById.containsKey(databaseId);
    }

    Optional<DatabaseMeta> database(String databaseId) {
        return Optional.ofNullable(databasesById.get(databaseId));
    }

    Optional<TableMeta> table(String tableId) {
        return Optional.ofNullable(tablesById.get(tableId));
    }

    /** {@code details.expected} for an unknown database id. */
    String knownDatabases() {
        return oneOf(databasesById.keySet());
    }

    /** {@code details.expected} for an unknown table id. */
    String knownTables() {
        return oneOf(tablesById.keySet());
    }

    /** {@code details.expected} for an unknown column of {@code table}. */
    static String knownColumns(TableMeta table) {
        List<String> apiNames = new ArrayList<>();
        for (ColumnMeta column : table.columns()) {
            apiNames.add(column.apiName());
        }
        return oneOf(apiNames);
    }

    static boolean hasColumn(TableMeta table, String columnApiName) {
        return table.column(columnApiName).isPresent();
    }

    /** How issues name a column: {@code tableId.apiName}. */
    static String columnEntity(TableMeta table, String columnApiName) {
        return table.id() + "." + columnApiName;
    }

    static String oneOf(Iterable<String> names) {
        return "one of [" + String.join(", ", names) + "]";
    }
}
