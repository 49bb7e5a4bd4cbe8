package com.mkven.multidb.jdbc;

import com.mkven.multidb.access.Masking;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.ResultColumn;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Describes the columns of a query result from {@code meta.columns}. A masked column is reported by the type of its
 * masked values ({@code full} on a decimal gives {@code VARCHAR}; {@code number} keeps {@code DECIMAL}), which needs
 * the column's masking function: {@code meta.columns} does not carry it, so it is looked up in the metadata. Counts
 * and sums of {@code int} are {@code BIGINT} (decisions.md §10: counts are {@code Long}, and a sum outgrows an int).
 */
final class ResultColumnDescriptors {
    private ResultColumnDescriptors() {}

    /** @param definition the query, whose aggregations say which columns are counts and sums */
    static List<ColumnDescriptor> describe(List<ResultColumn> columns, MetadataIndex index, QueryDefinition definition) {
        Set<String> wide = new HashSet<>();
        for (QueryAggregation aggregation : definition.aggregations()) {
            if (aggregation.fn() == AggregationFn.COUNT || aggregation.fn() == AggregationFn.SUM) {
                wide.add(aggregation.alias());
            }
        }
        List<ColumnDescriptor> descriptors = new ArrayList<>(columns.size());
        for (ResultColumn column : columns) {
            descriptors.add(describe(column, index, wide.contains(column.apiName())));
        }
        return descriptors;
    }

    private static ColumnDescriptor describe(ResultColumn column, MetadataIndex index, boolean wide) {
        String name = apiName(column);
        ColumnType type = column.masked() ? Masking.maskedType(maskingFn(column, name, index), column.type()) : column.type();
        JdbcType jdbcType = wide && type == ColumnType.INT ? JdbcType.BIGINT : JdbcType.of(type);
        return new ColumnDescriptor(column.apiName(), name, column.fromTable(), jdbcType, type.isArray(),
                column.nullable() ? ResultSetMetaData.columnNullable : ResultSetMetaData.columnNoNulls, column.masked());
    }

    /** A key made unique as {@code table.column} names the column {@code column}. */
    private static String apiName(ResultColumn column) {
        String prefix = column.fromTable() + ".";
        return column.apiName().startsWith(prefix) ? column.apiName().substring(prefix.length()) : column.apiName();
    }

    /**
     * The column's function, or {@code full} (its meaning when absent) if the metadata no longer has the column — a
     * reload between the query and this lookup; {@code full} reports text, which every mask but {@code number} and
     * {@code date} produces anyway.
     */
    private static MaskingFn maskingFn(ResultColumn column, String name, MetadataIndex index) {
        Optional<ColumnMeta> meta = index.tableByApiName(column.fromTable()).flatMap(table -> index.column(table, name));
        return meta.map(ColumnMeta::effectiveMaskingFn).orElse(MaskingFn.FULL);
    }
}
