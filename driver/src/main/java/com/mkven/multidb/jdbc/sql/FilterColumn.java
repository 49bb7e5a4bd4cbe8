package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The left side of a filter: a column with the qualifier the definition writes, or in HAVING an
 * aggregation alias.
 *
 * @param qualifier the filter's {@code table}: omitted for the scope's primary table and for aliases
 * @param table the table API name the column belongs to, for parameter metadata
 * @param type the column's (or aggregate's) type, when known
 */
record FilterColumn(String column, Optional<String> qualifier, Optional<String> table, Optional<ColumnType> type,
        SourcePosition position) {
    FilterColumn {
        requireNonNull(column, "column is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(table, "table is null");
        requireNonNull(type, "type is null");
        requireNonNull(position, "position is null");
    }

    static FilterColumn of(ResolvedColumn column, Scope scope) {
        return new FilterColumn(column.column(), column.qualifier(scope), Optional.of(column.table().apiName()),
                column.type(), column.position());
    }

    /** What a value compared with this column is for, with the column's own type. */
    ParameterTarget target() {
        return new ParameterTarget(type, table, Optional.of(column));
    }
}
