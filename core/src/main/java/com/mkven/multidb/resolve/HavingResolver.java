package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.HavingBetween;
import com.mkven.multidb.ir.HavingCondition;
import com.mkven.multidb.ir.HavingGroup;
import com.mkven.multidb.ir.HavingNode;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Builds the HAVING tree on aggregation aliases (sql.md §2.7); validation rule 8 fixed what may appear. */
final class HavingResolver {
    private final Aggregations aggregations;
    private final ParamList params;

    HavingResolver(Aggregations aggregations, ParamList params) {
        this.aggregations = aggregations;
        this.params = params;
    }

    /** The conjuncts of HAVING, one per top-level entry. */
    List<HavingNode> resolveAll(List<FilterNode> filters) {
        List<HavingNode> nodes = new ArrayList<>(filters.size());
        for (FilterNode filter : filters) {
            nodes.add(resolve(filter));
        }
        return nodes;
    }

    private HavingNode resolve(FilterNode node) {
        if (node instanceof QueryFilter filter) {
            return filter(filter);
        }
        if (node instanceof QueryFilterGroup group) {
            return new HavingGroup(group.logic(), group.not(), resolveAll(group.conditions()));
        }
        throw new IllegalArgumentException("having allows filters on aliases and groups only, not " + node);
    }

    private HavingNode filter(QueryFilter filter) {
        if (filter.table().isPresent()) {
            throw new IllegalArgumentException("having filters name an alias, not a table: " + filter.table().get());
        }
        String alias = filter.column();
        ColumnType type = aggregations.get(alias).mapping().type();
        return switch (filter.operator()) {
            case BETWEEN, NOT_BETWEEN -> {
                int from = params.add(Operands.field(filter, "from"));
                int to = params.add(Operands.field(filter, "to"));
                yield new HavingBetween(alias, filter.operator() == FilterOperator.NOT_BETWEEN,
                        from, to, type);
            }
            case EQ, NE, GT, LT, GE, LE, IN, NOT_IN, IS_NULL, IS_NOT_NULL -> {
                ConditionOperator operator = ConditionOperators.of(filter.operator());
                OptionalInt param = operator.takesParam() ? OptionalInt.of(params.add(Operands.value(filter))) : OptionalInt.empty();
                yield new HavingCondition(alias, operator, param, type);
            }
            case LIKE, NOT_LIKE, ILIKE, NOT_ILIKE, CONTAINS, ICONTAINS, NOT_CONTAINS, NOT_ICONTAINS, STARTS_WITH,
                    ISTARTS_WITH, ENDS_WITH, IENDS_WITH, LEVENSHTEIN_LTE, ARRAY_CONTAINS, ARRAY_CONTAINS_ALL,
                    ARRAY_CONTAINS_ANY, ARRAY_IS_EMPTY, ARRAY_IS_NOT_EMPTY ->
                    throw new IllegalArgumentException(filter.operator() + " is not allowed in having");
        };
    }
}
