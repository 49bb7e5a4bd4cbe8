package com.mkven.multidb.jdbc;

import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.SqlResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of each {@code executeMode} (jdbc.md "Statements"): {@code execute} has the query's columns;
 * {@code count} one row with one {@code count} column (BIGINT); {@code sql-only} one row with {@code sql},
 * {@code params} (a JSON array), {@code strategy}, {@code targetDatabase} and {@code dialect}.
 */
final class ResultShapes {
    static final List<ColumnDescriptor> COUNT = List.of(ColumnDescriptor.of("count", JdbcType.BIGINT, false));
    static final List<ColumnDescriptor> SQL_ONLY = List.of(
            ColumnDescriptor.of("sql", JdbcType.VARCHAR, false),
            ColumnDescriptor.of("params", JdbcType.VARCHAR, false),
            ColumnDescriptor.of("strategy", JdbcType.VARCHAR, false),
            ColumnDescriptor.of("targetDatabase", JdbcType.VARCHAR, false),
            ColumnDescriptor.of("dialect", JdbcType.VARCHAR, true));

    private ResultShapes() {}

    static List<ColumnDescriptor> columns(QueryDefinition definition, QueryResultMeta meta, MetadataIndex index) {
        return switch (definition.effectiveExecuteMode()) {
            case EXECUTE -> ResultColumnDescriptors.describe(meta.columns(), index, definition);
            case COUNT -> COUNT;
            case SQL_ONLY -> SQL_ONLY;
        };
    }

    /** The columns in presentation order: {@code order[i]} is the engine column shown at position {@code i}. */
    static List<ColumnDescriptor> reordered(List<ColumnDescriptor> columns, int[] order) {
        List<ColumnDescriptor> reordered = new ArrayList<>(columns.size());
        for (int index : order) {
            reordered.add(columns.get(index));
        }
        return reordered;
    }

    static Object[] row(CountResult result) {
        return new Object[] {result.count()};
    }

    static Object[] row(SqlResult result) {
        QueryResultMeta meta = result.meta();
        return new Object[] {result.sql(), MultiDbJson.write(result.params()), meta.strategy().wireName(), meta.targetDatabase(),
                meta.dialect().map(DialectName::wireName).orElse(null)};
    }
}
