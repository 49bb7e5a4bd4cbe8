package com.mkven.multidb.resolve;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;
import com.mkven.multidb.result.ResultColumn;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One output column, in select-list order: how to key it, whether to mask it, and its {@code meta.columns} entry
 * (sql.md §2).
 *
 * @param physicalName the column's physical name; for an aggregation its alias
 * @param apiName the row key: the column apiName, {@code table.column} on collision, or the aggregation alias
 * @param tableAlias the alias of the column's table; for an aggregation its source column's table ({@code from} for
 *         {@code count(*)})
 * @param tableApiName {@code meta.columns[].fromTable}
 * @param masked never for aggregations
 * @param maskingFn present exactly when masked: the column's function, or {@code full} when it has none
 */
public record ColumnMapping(
        String physicalName,
        String apiName,
        String tableAlias,
        String tableApiName,
        boolean masked,
        boolean nullable,
        ColumnType type,
        Optional<MaskingFn> maskingFn) {
    public ColumnMapping {
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(apiName, "apiName is null");
        requireNonNull(tableAlias, "tableAlias is null");
        requireNonNull(tableApiName, "tableApiName is null");
        requireNonNull(type, "type is null");
        requireNonNull(maskingFn, "maskingFn is null");
        if (masked != maskingFn.isPresent()) {
            throw new IllegalArgumentException("a masking function is given exactly for masked columns: " + apiName);
        }
    }

    /** The {@code meta.columns} entry of this column. */
    public ResultColumn toResultColumn() {
        return new ResultColumn(apiName, type, nullable, tableApiName, masked);
    }
}
