package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * An array operator on an array column.
 *
 * @param paramIndex {@code contains}: the element; {@code containsAll}/{@code containsAny}: the whole list as one
 *         parameter; absent for {@code isEmpty}/{@code isNotEmpty}
 * @param elementType the array's element type ({@code string[]} → {@code string})
 */
public record WhereArrayCondition(ColumnRef column, ArrayOperator operator, OptionalInt paramIndex, ColumnType elementType)
        implements WhereNode {
    public WhereArrayCondition {
        requireNonNull(column, "column is null");
        requireNonNull(operator, "operator is null");
        ParamIndexes.check(paramIndex, operator.takesParam(), operator);
        requireNonNull(elementType, "elementType is null");
        if (elementType.isArray()) {
            throw new IllegalArgumentException("elementType must be scalar: " + elementType);
        }
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitArrayCondition(this);
    }
}
