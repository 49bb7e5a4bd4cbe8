package com.mkven.multidb.ir;

import com.mkven.multidb.query.ComparisonOperator;

import static java.util.Objects.requireNonNull;

/**
 * {@code <fn>(<column>, <fnParam>) <operator> <compareParam>}, e.g. {@code levenshtein(c, $1) <= $2}.
 *
 * @param fnParamIndex the function's second argument (the target text)
 * @param compareParamIndex what the result is compared with (the maximum distance)
 */
public record WhereFunction(FilterFunction fn, ColumnRef column, int fnParamIndex, ComparisonOperator operator,
        int compareParamIndex) implements WhereNode {
    public WhereFunction {
        requireNonNull(fn, "fn is null");
        requireNonNull(column, "column is null");
        ParamIndexes.check(fnParamIndex, "fnParamIndex");
        requireNonNull(operator, "operator is null");
        ParamIndexes.check(compareParamIndex, "compareParamIndex");
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitFunction(this);
    }
}
