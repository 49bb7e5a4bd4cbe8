package com.mkven.multidb.ir;

import com.mkven.multidb.query.SortDirection;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An ORDER BY item: a column, or an aggregation alias (rendered as the quoted alias in every dialect).
 * Exactly one of {@code column} and {@code alias} is present.
 */
public record OrderByClause(Optional<ColumnRef> column, Optional<String> alias, SortDirection direction) {
    public OrderByClause {
        requireNonNull(column, "column is null");
        requireNonNull(alias, "alias is null");
        requireNonNull(direction, "direction is null");
        if (column.isPresent() == alias.isPresent()) {
            throw new IllegalArgumentException("order by needs exactly one of a column and an alias");
        }
    }

    public static OrderByClause column(ColumnRef column, SortDirection direction) {
        return new OrderByClause(Optional.of(column), Optional.empty(), direction);
    }

    public static OrderByClause alias(String alias, SortDirection direction) {
        return new OrderByClause(Optional.empty(), Optional.of(alias), direction);
    }
}
