package com.mkven.multidb.metadata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a role grants on one table.
 *
 * @param tableId {@link TableMeta#id()}
 * @param maskedColumns column apiNames masked for this role; empty means none
 */
public record TableRoleAccess(
        @JsonProperty(required = true) String tableId,
        @JsonProperty(required = true) ColumnGrant allowedColumns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> maskedColumns) {
    public TableRoleAccess {
        requireNonNull(tableId, "tableId is null");
        requireNonNull(allowedColumns, "allowedColumns is null");
        maskedColumns = maskedColumns == null ? List.of() : List.copyOf(maskedColumns);
    }
}
