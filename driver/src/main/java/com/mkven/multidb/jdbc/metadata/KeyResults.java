package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.MultiDbDatabaseMetaData;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code getPrimaryKeys}, {@code getImportedKeys}, {@code getExportedKeys} and {@code getCrossReference}, so ER
 * diagrams can draw the relations. MultiDB enforces none of them (it only reads): rules are "no action", and keys are
 * not deferrable.
 */
public final class KeyResults {
    private static final Comparator<ForeignKey> BY_PRIMARY_TABLE =
            Comparator.comparing(ForeignKey::pkSchema).thenComparing(ForeignKey::pkTable).thenComparing(ForeignKey::fkName);
    private static final Comparator<ForeignKey> BY_FOREIGN_TABLE =
            Comparator.comparing(ForeignKey::fkSchema).thenComparing(ForeignKey::fkTable).thenComparing(ForeignKey::fkName);

    private KeyResults() {}

    /** Ordered by schema, table and column name (the javadoc's order within one table). */
    public static ResultSet primaryKeys(BrowsableMetadata metadata, String catalog, String schema, String table) {
        List<Object[]> rows = new ArrayList<>();
        for (VisibleTable visible : metadata.tablesNamed(catalog, schema, table)) {
            List<String> key = visible.primaryKey();
            for (String column : key.stream().sorted().toList()) {
                rows.add(new Object[] {MultiDbDatabaseMetaData.CATALOG, visible.schema(), visible.name(), column,
                        (short) (key.indexOf(column) + 1), visible.primaryKeyName()});
            }
        }
        return MetadataShape.PRIMARY_KEYS.resultSet(rows);
    }

    /** The keys the tables hold, ordered by the referenced table. */
    public static ResultSet importedKeys(BrowsableMetadata metadata, String catalog, String schema, String table) {
        List<ForeignKey> keys = new ArrayList<>();
        for (VisibleTable visible : metadata.tablesNamed(catalog, schema, table)) {
            keys.addAll(visible.importedKeys());
        }
        keys.sort(BY_PRIMARY_TABLE);
        return resultSet(keys);
    }

    /** The keys referencing the tables, ordered by the table holding them. */
    public static ResultSet exportedKeys(BrowsableMetadata metadata, String catalog, String schema, String table) {
        List<ForeignKey> keys = new ArrayList<>(metadata.keysReferencing(metadata.tablesNamed(catalog, schema, table)));
        keys.sort(BY_FOREIGN_TABLE);
        return resultSet(keys);
    }

    /** The keys a foreign table holds on a parent table, ordered by the foreign table. */
    public static ResultSet crossReference(BrowsableMetadata metadata, String parentCatalog, String parentSchema, String parentTable,
            String foreignCatalog, String foreignSchema, String foreignTable) {
        List<VisibleTable> foreign = metadata.tablesNamed(foreignCatalog, foreignSchema, foreignTable);
        List<ForeignKey> keys = new ArrayList<>();
        for (ForeignKey key : metadata.keysReferencing(metadata.tablesNamed(parentCatalog, parentSchema, parentTable))) {
            if (foreign.stream().anyMatch(table -> table.schema().equals(key.fkSchema()) && table.name().equals(key.fkTable()))) {
                keys.add(key);
            }
        }
        keys.sort(BY_FOREIGN_TABLE);
        return resultSet(keys);
    }

    private static ResultSet resultSet(List<ForeignKey> keys) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        for (ForeignKey key : keys) {
            rows.add(new Object[] {
                MultiDbDatabaseMetaData.CATALOG, key.pkSchema(), key.pkTable(), key.pkColumn(),
                MultiDbDatabaseMetaData.CATALOG, key.fkSchema(), key.fkTable(), key.fkColumn(),
                (short) 1, (short) DatabaseMetaData.importedKeyNoAction, (short) DatabaseMetaData.importedKeyNoAction,
                key.fkName(), key.pkName().orElse(null), (short) DatabaseMetaData.importedKeyNotDeferrable
            });
        }
        return MetadataShape.KEYS.resultSet(rows);
    }
}
