package com.mkven.multidb.jdbc.metadata;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A relation of the metadata, reported as a single-column foreign key: the table declaring the relation holds the
 * foreign key column, the referenced table the key it points at. Only relations whose two columns the roles can see
 * are reported.
 *
 * @param pkName the referenced table's primary key name, when the relation points at that (visible) key
 */
record ForeignKey(String pkSchema, String pkTable, String pkColumn, Optional<String> pkName,
        String fkSchema, String fkTable, String fkColumn) {
    ForeignKey {
        requireNonNull(pkSchema, "pkSchema is null");
        requireNonNull(pkTable, "pkTable is null");
        requireNonNull(pkColumn, "pkColumn is null");
        requireNonNull(pkName, "pkName is null");
        requireNonNull(fkSchema, "fkSchema is null");
        requireNonNull(fkTable, "fkTable is null");
        requireNonNull(fkColumn, "fkColumn is null");
    }

    /** {@code fk_orders_customerId}: unique, as a table has one relation per column, and stable across reloads. */
    String fkName() {
        return "fk_" + fkTable + "_" + fkColumn;
    }
}
