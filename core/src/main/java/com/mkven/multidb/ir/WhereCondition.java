package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * {@code <column> <operator> <param>}: comparisons, {@code in}/{@code notIn}, the pattern operators and null checks.
 *
 * @param paramIndex absent exactly for {@code isNull}/{@code isNotNull}
 * @param columnType the column's type: Postgres array casts, ClickHouse placeholder types
 */
public record WhereCondition(ColumnRef column, ConditionOperator operator, OptionalInt paramIndex, ColumnType columnType)
        implements WhereNode {
    public WhereCondition {
        requireNonNull(column, "column is null");
        requireNonNull(operator, "operator is null");
        ParamIndexes.check(paramIndex, operator.takesParam(), operator);
        requireNonNull(columnType, "columnType is null");
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitCondition(this);
    }
}
