package com.mkven.multidb.jdbc.sql;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One item of the SQL select list, in SQL order. The engine returns the columns of {@code from}
 * first, then each join's, then the aggregations; a driver that wants the SQL order (for
 * {@code getString(1)}) maps each item to its result column with this.
 *
 * @param table the table apiName of a column, or of {@code t.*}; empty for aggregates and a bare {@code *}
 * @param name the column apiName, the aggregation alias, or {@code *}
 */
public record SelectedItem(Kind kind, Optional<String> table, String name) {
    public enum Kind {
        COLUMN,
        AGGREGATE,
        /** {@code *} (every table) or {@code t.*} (one table): the engine's order applies. */
        ALL_COLUMNS
    }

    public SelectedItem {
        requireNonNull(kind, "kind is null");
        requireNonNull(table, "table is null");
        requireNonNull(name, "name is null");
    }

    static SelectedItem column(String table, String column) {
        return new SelectedItem(Kind.COLUMN, Optional.of(table), column);
    }

    static SelectedItem aggregate(String alias) {
        return new SelectedItem(Kind.AGGREGATE, Optional.empty(), alias);
    }

    static SelectedItem allColumns(Optional<String> table) {
        return new SelectedItem(Kind.ALL_COLUMNS, table, "*");
    }
}
