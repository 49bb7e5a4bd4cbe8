package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * {@code <aggregate> <operator> <param>} on an aggregation alias (the spec's {@code WhereCondition} whose column is
 * the bare alias). Dialects that cannot see SELECT aliases in HAVING render the aggregate expression instead.
 *
 * @param columnType the aggregation's inferred type (query.md §9.3)
 */
public record HavingCondition(String alias, ConditionOperator operator, OptionalInt paramIndex, ColumnType columnType)
        implements HavingNode {
    public HavingCondition {
        requireNonNull(alias, "alias is null");
        requireNonNull(operator, "operator is null");
        if (operator.category() == ConditionOperator.Category.PATTERN) {
            throw new IllegalArgumentException("pattern operators are not allowed in having: " + operator);
        }
        ParamIndexes.check(paramIndex, operator.takesParam(), operator);
        requireNonNull(columnType, "columnType is null");
    }

    @Override
    public <R> R accept(HavingVisitor<R> visitor) {
        return visitor.visitCondition(this);
    }
}
