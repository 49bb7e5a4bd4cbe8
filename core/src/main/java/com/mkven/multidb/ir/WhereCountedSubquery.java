package com.mkven.multidb.ir;

import com.mkven.multidb.query.ComparisonOperator;

import static java.util.Objects.requireNonNull;

/**
 * The number of related rows compared with a count: {@code (SELECT COUNT(*) …) <operator> <count>}, or an equivalent
 * bounded / decorrelated form (sql.md §5.4).
 *
 * @param countParamIndex the count value, a non-negative whole number
 */
public record WhereCountedSubquery(CorrelatedSubquery subquery, ComparisonOperator operator, int countParamIndex)
        implements WhereNode {
    public WhereCountedSubquery {
        requireNonNull(subquery, "subquery is null");
        requireNonNull(operator, "operator is null");
        ParamIndexes.check(countParamIndex, "countParamIndex");
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitCountedSubquery(this);
    }
}
