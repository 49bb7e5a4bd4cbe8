package com.mkven.multidb.ir;

import java.util.List;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * One SELECT statement in physical names (sql.md §3), rendered by a dialect in the clause order
 * {@code SELECT [DISTINCT] select, aggregations · FROM · joins · WHERE · GROUP BY · HAVING · ORDER BY · LIMIT · OFFSET}.
 *
 * @param select plain columns, each rendered {@code AS "<alias>__<column>"}
 * @param where the AND-ed conditions of WHERE, empty ⇒ no WHERE. The spec wraps several in a
 *         {@code WhereGroup { logic: 'and' }}; a list keeps that implicit conjunction apart from a group the caller
 *         wrote, so it renders {@code a AND b} while every written group keeps its parentheses
 * @param having the AND-ed conditions of HAVING, empty ⇒ no HAVING
 * @param limit inline, non-negative
 * @param offset inline, non-negative
 * @param countMode {@code SELECT COUNT(*) FROM … [joins] [WHERE …]} and nothing else; the select list, grouping,
 *         ordering, DISTINCT and paging must then be empty
 */
public record SqlParts(
        List<ColumnRef> select,
        boolean distinct,
        TableRef from,
        List<JoinClause> joins,
        List<WhereNode> where,
        List<ColumnRef> groupBy,
        List<HavingNode> having,
        List<AggregationClause> aggregations,
        List<OrderByClause> orderBy,
        OptionalInt limit,
        OptionalInt offset,
        boolean countMode) {
    public SqlParts {
        select = List.copyOf(requireNonNull(select, "select is null"));
        requireNonNull(from, "from is null");
        joins = List.copyOf(requireNonNull(joins, "joins is null"));
        where = List.copyOf(requireNonNull(where, "where is null"));
        groupBy = List.copyOf(requireNonNull(groupBy, "groupBy is null"));
        having = List.copyOf(requireNonNull(having, "having is null"));
        aggregations = List.copyOf(requireNonNull(aggregations, "aggregations is null"));
        orderBy = List.copyOf(requireNonNull(orderBy, "orderBy is null"));
        checkNotNegative(requireNonNull(limit, "limit is null"), "limit");
        checkNotNegative(requireNonNull(offset, "offset is null"), "offset");
        if (countMode && (!select.isEmpty() || distinct || !groupBy.isEmpty() || !having.isEmpty()
                || !aggregations.isEmpty() || !orderBy.isEmpty() || limit.isPresent() || offset.isPresent())) {
            throw new IllegalArgumentException("count mode selects COUNT(*) only: no columns, grouping, ordering or paging");
        }
    }

    /** {@code SELECT COUNT(*) FROM … [joins] [WHERE …]} (sql.md §2.8). */
    public static SqlParts count(TableRef from, List<JoinClause> joins, List<WhereNode> where) {
        return new SqlParts(List.of(), false, from, joins, where, List.of(), List.of(), List.of(), List.of(),
                OptionalInt.empty(), OptionalInt.empty(), true);
    }

    private static void checkNotNegative(OptionalInt value, String name) {
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.getAsInt());
        }
    }
}
