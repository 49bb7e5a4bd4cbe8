package com.mkven.multidb.jdbc.metadata;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A table the roles can read, in API names.
 *
 * @param schema the id of the database holding it
 * @param columns the readable columns, in metadata order
 * @param primaryKey the key's column names; empty when the roles cannot see all of them
 * @param importedKeys the relations it declares whose both columns are visible
 */
record VisibleTable(String schema, String name, List<VisibleColumn> columns, List<String> primaryKey, List<ForeignKey> importedKeys) {
    VisibleTable {
        requireNonNull(schema, "schema is null");
        requireNonNull(name, "name is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        primaryKey = List.copyOf(requireNonNull(primaryKey, "primaryKey is null"));
        importedKeys = List.copyOf(requireNonNull(importedKeys, "importedKeys is null"));
    }

    String primaryKeyName() {
        return primaryKeyName(name);
    }

    /** {@code pk_orders}: primary keys have no name in the metadata, and tools show one. */
    static String primaryKeyName(String table) {
        return "pk_" + table;
    }
}
