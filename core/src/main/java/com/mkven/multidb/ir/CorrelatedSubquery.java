package com.mkven.multidb.ir;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code FROM <from> WHERE <innerColumn> = <outerColumn> [AND <where>…]}: the body shared by EXISTS and counted
 * subqueries.
 *
 * @param outerColumn the relation column on the parent table (the spec's {@code join.leftColumn})
 * @param innerColumn the relation column on the subquery's table, alias {@code sN} (the spec's {@code join.rightColumn})
 * @param where the EXISTS filters, AND-ed with the correlation
 */
public record CorrelatedSubquery(TableRef from, ColumnRef outerColumn, ColumnRef innerColumn, List<WhereNode> where) {
    public CorrelatedSubquery {
        requireNonNull(from, "from is null");
        requireNonNull(outerColumn, "outerColumn is null");
        requireNonNull(innerColumn, "innerColumn is null");
        where = List.copyOf(requireNonNull(where, "where is null"));
        if (!innerColumn.tableAlias().equals(from.alias())) {
            throw new IllegalArgumentException("inner column " + innerColumn + " is not on " + from.alias());
        }
    }
}
