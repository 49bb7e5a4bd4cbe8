package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.ArrayOperator;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.CorrelatedSubquery;
import com.mkven.multidb.ir.FilterFunction;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereBetween;
import com.mkven.multidb.ir.WhereColumnCondition;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.ir.WhereExists;
import com.mkven.multidb.ir.WhereFunction;
import com.mkven.multidb.ir.WhereGroup;
import com.mkven.multidb.ir.WhereNode;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Builds the WHERE tree (sql.md §2.5, §2.6) and allocates EXISTS aliases on the way. Conditions are resolved in the
 * order the spec allocates aliases — top-level filters depth-first with each EXISTS before its own filters, then the
 * join filters in join order — so the {@code s} counter can simply count up as subqueries are met.
 */
final class FilterResolver {
    private final QueryTables tables;
    private final ParamList params;
    private final Map<String, String> existsTableIds = new LinkedHashMap<>();
    private int nextAlias;

    FilterResolver(QueryTables tables, ParamList params) {
        this.tables = tables;
        this.params = params;
        // the s counter continues after the t aliases: t0 + t1 ⇒ first EXISTS table s2
        this.nextAlias = tables.all().size();
    }

    /** The conjuncts of WHERE: the byIds condition, the top-level filters and the join filters, in that order. */
    List<WhereNode> where(QueryDefinition definition) {
        List<WhereNode> conjuncts = new ArrayList<>();
        definition.byIds().ifPresent(ids -> conjuncts.add(byIds(ids)));
        FilterScope topLevel = FilterScope.topLevel(tables);
        for (FilterNode filter : definition.filters()) {
            conjuncts.add(resolve(filter, topLevel));
        }
        for (int i = 0; i < definition.joins().size(); i++) {
            FilterScope join = FilterScope.join(tables, i);
            for (FilterNode filter : definition.joins().get(i).filters()) {
                conjuncts.add(resolve(filter, join));
            }
        }
        return conjuncts;
    }

    /** {@code TableMeta.id} of each EXISTS alias, in allocation order. */
    Map<String, String> existsTableIds() {
        return existsTableIds;
    }

    private WhereNode byIds(List<Object> ids) {
        TableMeta from = tables.from().meta();
        if (from.primaryKey().isEmpty()) {
            throw new IllegalArgumentException("byIds needs a primary key on " + from.apiName());
        }
        BoundColumn key = tables.column(tables.from(), from.primaryKey().get(0));
        return new WhereCondition(key.ref(), ConditionOperator.IN, OptionalInt.of(params.add(ids)), key.column().type());
    }

    private WhereNode resolve(FilterNode node, FilterScope scope) {
        // FilterNode has no visitor; the four variants are told apart here, once
        if (node instanceof QueryFilter filter) {
            return filter(filter, scope);
        }
        if (node instanceof QueryColumnFilter filter) {
            return columnFilter(filter, scope);
        }
        if (node instanceof QueryFilterGroup group) {
            return group(group, scope);
        }
        if (node instanceof QueryExistsFilter exists) {
            return exists(exists, scope);
        }
        throw new IllegalArgumentException("unknown filter node " + node);
    }

    private WhereNode filter(QueryFilter filter, FilterScope scope) {
        AliasedTable table = filter.table().map(scope::qualified).orElse(scope.defaultTable());
        BoundColumn column = tables.column(table, filter.column());
        return switch (filter.operator()) {
            case BETWEEN -> between(column, false, filter);
            case NOT_BETWEEN -> between(column, true, filter);
            case LEVENSHTEIN_LTE -> new WhereFunction(FilterFunction.LEVENSHTEIN, column.ref(),
                    params.add(Operands.field(filter, "text")), ComparisonOperator.LE,
                    params.add(Operands.field(filter, "maxDistance")));
            case ARRAY_CONTAINS -> array(column, ArrayOperator.CONTAINS, filter);
            case ARRAY_CONTAINS_ALL -> array(column, ArrayOperator.CONTAINS_ALL, filter);
            case ARRAY_CONTAINS_ANY -> array(column, ArrayOperator.CONTAINS_ANY, filter);
            case ARRAY_IS_EMPTY -> array(column, ArrayOperator.IS_EMPTY, filter);
            case ARRAY_IS_NOT_EMPTY -> array(column, ArrayOperator.IS_NOT_EMPTY, filter);
            case EQ, NE, GT, LT, GE, LE, IN, NOT_IN, LIKE, NOT_LIKE, ILIKE, NOT_ILIKE, IS_NULL, IS_NOT_NULL,
                    CONTAINS, ICONTAINS, NOT_CONTAINS, NOT_ICONTAINS, STARTS_WITH, ISTARTS_WITH, ENDS_WITH, IENDS_WITH -> {
                ConditionOperator operator = ConditionOperators.of(filter.operator());
                // in/notIn bind the whole list as one parameter; pattern values stay raw, the dialect escapes them
                OptionalInt param = operator.takesParam() ? OptionalInt.of(params.add(Operands.value(filter))) : OptionalInt.empty();
                yield new WhereCondition(column.ref(), operator, param, column.column().type());
            }
        };
    }

    private WhereNode between(BoundColumn column, boolean not, QueryFilter filter) {
        int from = params.add(Operands.field(filter, "from"));
        int to = params.add(Operands.field(filter, "to"));
        return new WhereBetween(column.ref(), not, from, to, column.column().type());
    }

    private WhereNode array(BoundColumn column, ArrayOperator operator, QueryFilter filter) {
        ColumnType elementType = column.column().type().elementType().orElseThrow(
                () -> new IllegalArgumentException(filter.operator() + " needs an array column: " + filter.column()));
        OptionalInt param = operator.takesParam() ? OptionalInt.of(params.add(Operands.value(filter))) : OptionalInt.empty();
        return new WhereArrayCondition(column.ref(), operator, param, elementType);
    }

    /** Omitted sides default to {@code from} (sql.md §2.5), inside an EXISTS to its table. */
    private WhereNode columnFilter(QueryColumnFilter filter, FilterScope scope) {
        AliasedTable left = filter.table().map(scope::qualified).orElse(scope.columnFilterDefault());
        AliasedTable right = filter.refTable().map(scope::qualified).orElse(scope.columnFilterDefault());
        ColumnRef leftColumn = tables.column(left, filter.column()).ref();
        ColumnRef rightColumn = tables.column(right, filter.refColumn()).ref();
        return new WhereColumnCondition(leftColumn, filter.operator(), rightColumn);
    }

    private WhereNode group(QueryFilterGroup group, FilterScope scope) {
        List<WhereNode> conditions = new ArrayList<>(group.conditions().size());
        for (FilterNode condition : group.conditions()) {
            conditions.add(resolve(condition, scope));
        }
        return new WhereGroup(group.logic(), group.not(), conditions);
    }

    private WhereNode exists(QueryExistsFilter filter, FilterScope scope) {
        // allocated before the nested filters are resolved: parents get lower numbers than their children
        AliasedTable table = new AliasedTable(QueryTables.table(tables.index(), filter.table()), "s" + nextAlias++);
        existsTableIds.put(table.alias(), table.meta().id());
        RelatedColumns related = RelatedColumns.find(tables.index(), scope.existsParents(), table);
        FilterScope inner = scope.insideExists(table);
        List<WhereNode> conditions = new ArrayList<>(filter.filters().size());
        for (FilterNode condition : filter.filters()) {
            conditions.add(resolve(condition, inner));
        }
        CorrelatedSubquery subquery = new CorrelatedSubquery(
                table.tableRef(), related.parentColumn(), related.addedColumn(), conditions);
        if (filter.count().isEmpty()) {
            return new WhereExists(filter.isExists(), subquery);
        }
        // the operator says the direction, so exists: false is ignored here (query.md §4.5)
        ExistsCount count = filter.count().get();
        return new WhereCountedSubquery(subquery, count.operator(), params.add(countValue(count)));
    }

    private static long countValue(ExistsCount count) {
        try {
            long value = count.value().longValueExact();
            if (value < 0) {
                throw new IllegalArgumentException("count value must not be negative: " + value);
            }
            return value;
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException("count value must be a whole number: " + count.value(), e);
        }
    }
}
