package com.mkven.multidb.ir;

import com.mkven.multidb.query.ComparisonOperator;

import static java.util.Objects.requireNonNull;

/** {@code <leftColumn> <operator> <rightColumn>}; binds no parameter. */
public record WhereColumnCondition(ColumnRef leftColumn, ComparisonOperator operator, ColumnRef rightColumn)
        implements WhereNode {
    public WhereColumnCondition {
        requireNonNull(leftColumn, "leftColumn is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(rightColumn, "rightColumn is null");
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitColumnCondition(this);
    }
}
