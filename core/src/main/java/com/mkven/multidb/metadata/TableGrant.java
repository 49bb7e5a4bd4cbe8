package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.mkven.multidb.json.TableGrantDeserializer;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** {@code tables} of a role: every table unmasked ({@code '*'}) or a list of per-table grants. */
@JsonDeserialize(using = TableGrantDeserializer.class)
public sealed interface TableGrant permits TableGrant.AllTables, TableGrant.Tables {
    static TableGrant all() {
        return AllTables.INSTANCE;
    }

    static TableGrant of(List<TableRoleAccess> tables) {
        return new Tables(tables);
    }

    enum AllTables implements TableGrant {
        INSTANCE;

        @JsonValue
        String wireValue() {
            return "*";
        }
    }

    record Tables(@JsonValue List<TableRoleAccess> tables) implements TableGrant {
        public Tables {
            tables = List.copyOf(requireNonNull(tables, "tables is null"));
        }
    }
}
