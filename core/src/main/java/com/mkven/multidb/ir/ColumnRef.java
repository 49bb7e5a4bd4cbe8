package com.mkven.multidb.ir;

import static java.util.Objects.requireNonNull;

/**
 * A column of a table of the query.
 *
 * @param tableAlias {@code t0}, {@code s2}, … (never quoted when rendered)
 * @param columnName physical, unquoted: {@code created_at}
 */
public record ColumnRef(String tableAlias, String columnName) {
    public ColumnRef {
        requireNonNull(tableAlias, "tableAlias is null");
        requireNonNull(columnName, "columnName is null");
    }

    /** The internal name of this column in the select list, {@code t0__total_amount} (sql.md §2.3). */
    public String selectAlias() {
        return tableAlias + "__" + columnName;
    }
}
