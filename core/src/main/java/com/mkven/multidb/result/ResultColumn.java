package com.mkven.multidb.result;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.metadata.ColumnType;

import static java.util.Objects.requireNonNull;

/**
 * A column of the result, in row order.
 *
 * @param apiName the key used in rows: the apiName, {@code table.column} on collision, or an aggregation alias
 * @param fromTable the apiName of the table the value comes from
 * @param masked whether values are masked (in sql-only mode: would be); never for aggregation aliases
 */
public record ResultColumn(
        @JsonProperty(required = true) String apiName,
        @JsonProperty(required = true) ColumnType type,
        @JsonProperty(required = true) boolean nullable,
        @JsonProperty(required = true) String fromTable,
        @JsonProperty(required = true) boolean masked) {
    public ResultColumn {
        requireNonNull(apiName, "apiName is null");
        requireNonNull(type, "type is null");
        requireNonNull(fromTable, "fromTable is null");
    }
}
