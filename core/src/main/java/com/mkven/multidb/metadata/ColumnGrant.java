package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.mkven.multidb.json.ColumnGrantDeserializer;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** {@code allowedColumns} of a grant: every column ({@code '*'}) or a list of column apiNames. */
@JsonDeserialize(using = ColumnGrantDeserializer.class)
public sealed interface ColumnGrant permits ColumnGrant.AllColumns, ColumnGrant.Columns {
    static ColumnGrant all() {
        return AllColumns.INSTANCE;
    }

    static ColumnGrant of(List<String> columns) {
        return new Columns(columns);
    }

    boolean allows(String columnApiName);

    enum AllColumns implements ColumnGrant {
        INSTANCE;

        @Override
        public boolean allows(String columnApiName) {
            return true;
        }

        @JsonValue
        String wireValue() {
            return "*";
        }
    }

    record Columns(@JsonValue List<String> columns) implements ColumnGrant {
        public Columns {
            columns = List.copyOf(requireNonNull(columns, "columns is null"));
        }

        @Override
        public boolean allows(String columnApiName) {
            return columns.contains(columnApiName);
        }
    }
}
