package com.mkven.multidb.resolve;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.ir.HavingNode;
import com.mkven.multidb.ir.OrderByClause;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.WhereNode;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryOrderBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * Turns a validated, access-checked query into the physical-name IR (sql.md §2). The definition is assumed to have
 * passed validation; what validation rules out is reported as {@link IllegalArgumentException}.
 */
public final class NameResolver {
    private NameResolver() {}

    public static ResolveResult resolve(QueryDefinition definition, MetadataIndex index, EffectiveAccess access) {
        requireNonNull(definition, "definition is null");
        requireNonNull(index, "index is null");
        requireNonNull(access, "access is null");
        QueryTables tables = QueryTables.resolve(definition, index);
        ParamList params = new ParamList();
        FilterResolver filters = new FilterResolver(tables, params);
        List<WhereNode> where = filters.where(definition);
        Map<String, String> tableIds = new LinkedHashMap<>(tables.tableIdsByAlias());
        tableIds.putAll(filters.existsTableIds());
        if (definition.effectiveExecuteMode() == ExecuteMode.COUNT) {
            // joins, filters and byIds decide what is counted; everything about the output is dropped
            SqlParts parts = SqlParts.count(tables.from().tableRef(), tables.joinClauses(), where);
            return new ResolveResult(parts, params.values(), List.of(), ResultMode.COUNT, tableIds);
        }
        List<BoundColumn> groupBy = groupBy(definition, tables);
        Aggregations aggregations = Aggregations.resolve(definition.aggregations(), tables);
        SelectList select = SelectList.resolve(definition, tables, groupBy, access);
        List<HavingNode> having = new HavingResolver(aggregations, params).resolveAll(definition.having());
        List<ColumnMapping> mappings = new ArrayList<>(select.mappings());
        mappings.addAll(aggregations.mappings());
        SqlParts parts = new SqlParts(select.refs(), definition.distinct(), tables.from().tableRef(),
                tables.joinClauses(), where, BoundColumn.refs(groupBy), having, aggregations.clauses(),
                orderBy(definition, tables, aggregations), optionalInt(definition.limit()),
                optionalInt(definition.offset()), false);
        return new ResolveResult(parts, params.values(), mappings, ResultMode.DATA, tableIds);
    }

    private static List<BoundColumn> groupBy(QueryDefinition definition, QueryTables tables) {
        List<BoundColumn> columns = new ArrayList<>(definition.groupBy().size());
        for (QueryGroupBy groupBy : definition.groupBy()) {
            AliasedTable table = groupBy.table().map(tables::named).orElse(tables.from());
            columns.add(tables.column(table, groupBy.column()));
        }
        return columns;
    }

    /** A qualified item is a column; an unqualified one is an aggregation alias if there is one, else a from column. */
    private static List<OrderByClause> orderBy(QueryDefinition definition, QueryTables tables, Aggregations aggregations) {
        List<OrderByClause> clauses = new ArrayList<>(definition.orderBy().size());
        for (QueryOrderBy orderBy : definition.orderBy()) {
            if (orderBy.table().isEmpty() && aggregations.has(orderBy.column())) {
                clauses.add(OrderByClause.alias(orderBy.column(), orderBy.direction()));
            } else {
                AliasedTable table = orderBy.table().map(tables::named).orElse(tables.from());
                clauses.add(OrderByClause.column(tables.column(table, orderBy.column()).ref(), orderBy.direction()));
            }
        }
        return clauses;
    }

    private static OptionalInt optionalInt(Optional<Integer> value) {
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }
}
