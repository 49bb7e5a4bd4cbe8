package com.mkven.multidb.ir;

import com.mkven.multidb.query.AggregationFn;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code <FN>(<column>) AS "<alias>"}.
 *
 * @param column empty for {@code COUNT(*)}
 */
public record AggregationClause(AggregationFn fn, Optional<ColumnRef> column, String alias) {
    public AggregationClause {
        requireNonNull(fn, "fn is null");
        requireNonNull(column, "column is null");
        requireNonNull(alias, "alias is null");
        if (column.isEmpty() && fn != AggregationFn.COUNT) {
            throw new IllegalArgumentException("only count takes '*': " + fn.wireName() + "(*) AS " + alias);
        }
    }

    public static AggregationClause countAll(String alias) {
        return new AggregationClause(AggregationFn.COUNT, Optional.empty(), alias);
    }

    public static AggregationClause of(AggregationFn fn, ColumnRef column, String alias) {
        return new AggregationClause(fn, Optional.of(column), alias);
    }
}
