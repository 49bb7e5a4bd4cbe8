package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;

import static java.util.Objects.requireNonNull;

/**
 * {@code <column> [NOT] BETWEEN <from> AND <to>}.
 *
 * @param not {@code true} for {@code notBetween}
 * @param columnType the column's type, so that typed placeholders (ClickHouse) match the column rather than
 *         whatever the JSON bound happened to be ({@code '2024-01-01'} on a timestamp)
 */
public record WhereBetween(ColumnRef column, boolean not, int fromParamIndex, int toParamIndex, ColumnType columnType)
        implements WhereNode {
    public WhereBetween {
        requireNonNull(column, "column is null");
        ParamIndexes.check(fromParamIndex, "fromParamIndex");
        ParamIndexes.check(toParamIndex, "toParamIndex");
        requireNonNull(columnType, "columnType is null");
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitBetween(this);
    }
}
