package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;

import static java.util.Objects.requireNonNull;

/**
 * {@code <aggregate> [NOT] BETWEEN <from> AND <to>} on an aggregation alias.
 *
 * @param columnType the aggregation's inferred type, for typed placeholders
 */
public record HavingBetween(String alias, boolean not, int fromParamIndex, int toParamIndex, ColumnType columnType)
        implements HavingNode {
    public HavingBetween {
        requireNonNull(alias, "alias is null");
        ParamIndexes.check(fromParamIndex, "fromParamIndex");
        ParamIndexes.check(toParamIndex, "toParamIndex");
        requireNonNull(columnType, "columnType is null");
    }

    @Override
    public <R> R accept(HavingVisitor<R> visitor) {
        return visitor.visitBetween(this);
    }
}
