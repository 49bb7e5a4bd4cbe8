package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A column reference resolved against the scopes.
 *
 * @param column the column API name, or the name as written when the table has no such column
 * @param depth 0 for the scope it was used in, 1 for the enclosing one (an EXISTS referring to the
 *         query), and so on
 * @param inScope false when the qualifier names a table that no scope has (validation reports it)
 */
record ResolvedColumn(ScopeTable table, String column, Optional<ColumnMeta> meta, int depth, boolean inScope,
        SourcePosition position) {
    ResolvedColumn {
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
        requireNonNull(meta, "meta is null");
        requireNonNull(position, "position is null");
    }

    Optional<ColumnType> type() {
        return meta.map(ColumnMeta::type);
    }

    /** How the query definition qualifies this column in {@code scope}: omitted for the scope's primary table. */
    Optional<String> qualifier(Scope scope) {
        return inScope && depth == 0 && table.equals(scope.primary()) ? Optional.empty() : Optional.of(table.apiName());
    }

    /** {@code table.column} for messages. */
    String describe() {
        return table.apiName() + "." + column;
    }
}
