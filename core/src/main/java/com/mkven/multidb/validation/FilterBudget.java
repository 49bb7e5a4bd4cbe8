package com.mkven.multidb.validation;

import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryJoin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Counts the filter nodes of a query ({@code filters}, join filters, {@code having}) without
 * recursion, and stops as soon as the count passes {@link QueryLimits#MAX_FILTER_NODES}, so
 * neither a huge nor a deeply nested definition costs more than the limit. Nodes below the
 * depth limit are not counted: they are refused for their depth.
 */
final class FilterBudget {
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int counted;

    private FilterBudget() {}

    static boolean exceeded(QueryDefinition definition) {
        FilterBudget budget = new FilterBudget();
        if (budget.count(definition.filters()) || budget.count(definition.having())) {
            return true;
        }
        for (QueryJoin join : definition.joins()) {
            if (budget.count(join.filters())) {
                return true;
            }
        }
        return false;
    }

    /** Whether counting these nodes (and everything below them) passed the limit. */
    private boolean count(List<FilterNode> nodes) {
        if (push(nodes, 0)) {
            return true;
        }
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            if (next.depth() < QueryLimits.MAX_FILTER_DEPTH && push(children(next.node()), next.depth() + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean push(List<FilterNode> nodes, int depth) {
        for (FilterNode node : nodes) {
            if (++counted > QueryLimits.MAX_FILTER_NODES) {
                return true;
            }
            pending.push(new Pending(node, depth));
        }
        return false;
    }

    private static List<FilterNode> children(FilterNode node) {
        if (node instanceof QueryFilterGroup group) {
            return group.conditions();
        }
        return node instanceof QueryExistsFilter exists ? exists.filters() : List.of();
    }

    private record Pending(FilterNode node, int depth) {
    }
}
