package com.mkven.multidb.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * Maps every {@link TableRef} of a statement — FROM, each join, and the FROM of every correlated subquery at any
 * depth — through one function. The planner applies its choice this way after resolution: replica physical names
 * (P2) and Trino catalogs (P3, Iceberg), sql.md §6.3–§6.4. HAVING holds no tables and is kept as is.
 */
public final class TableRefRewriter {
    private TableRefRewriter() {}

    /**
     * @param mapping gets each table once and must keep its alias, which every column refers to
     */
    public static SqlParts rewrite(SqlParts parts, UnaryOperator<TableRef> mapping) {
        requireNonNull(parts, "parts is null");
        WhereRewrite where = new WhereRewrite(requireNonNull(mapping, "mapping is null"));
        TableRef from = where.map(parts.from());
        List<JoinClause> joins = new ArrayList<>(parts.joins().size());
        for (JoinClause join : parts.joins()) {
            joins.add(new JoinClause(join.type(), where.map(join.table()), join.leftColumn(), join.rightColumn()));
        }
        return new SqlParts(parts.select(), parts.distinct(), from, joins,
                where.rewrite(parts.where()), parts.groupBy(), parts.having(), parts.aggregations(),
                parts.orderBy(), parts.limit(), parts.offset(), parts.countMode());
    }

    /** Rebuilds the nodes that hold a subquery; every other node has no table and is returned as is. */
    private static final class WhereRewrite implements WhereVisitor<WhereNode> {
        private final UnaryOperator<TableRef> mapping;

        WhereRewrite(UnaryOperator<TableRef> mapping) {
            this.mapping = mapping;
        }

        TableRef map(TableRef table) {
            TableRef mapped = requireNonNull(mapping.apply(table), "mapping returned null");
            if (!mapped.alias().equals(table.alias())) {
                throw new IllegalArgumentException("mapping changed alias " + table.alias() + " to " + mapped.alias());
            }
            return mapped;
        }

        List<WhereNode> rewrite(List<WhereNode> nodes) {
            List<WhereNode> rewritten = new ArrayList<>(nodes.size());
            for (WhereNode node : nodes) {
                rewritten.add(node.accept(this));
            }
            return rewritten;
        }

        private CorrelatedSubquery subquery(CorrelatedSubquery subquery) {
            return new CorrelatedSubquery(map(subquery.from()), subquery.outerColumn(), subquery.innerColumn(),
                    rewrite(subquery.where()));
        }

        @Override
        public WhereNode visitCondition(WhereCondition node) {
            return node;
        }

        @Override
        public WhereNode visitColumnCondition(WhereColumnCondition node) {
            return node;
        }

        @Override
        public WhereNode visitBetween(WhereBetween node) {
            return node;
        }

        @Override
        public WhereNode visitFunction(WhereFunction node) {
            return node;
        }

        @Override
        public WhereNode visitArrayCondition(WhereArrayCondition node) {
            return node;
        }

        @Override
        public WhereNode visitGroup(WhereGroup node) {
            return new WhereGroup(node.logic(), node.not(), rewrite(node.conditions()));
        }

        @Override
        public WhereNode visitExists(WhereExists node) {
            return new WhereExists(node.exists(), subquery(node.subquery()));
        }

        @Override
        public WhereNode visitCountedSubquery(WhereCountedSubquery node) {
            return new WhereCountedSubquery(subquery(node.subquery()), node.operator(), node.countParamIndex());
        }
    }
}
