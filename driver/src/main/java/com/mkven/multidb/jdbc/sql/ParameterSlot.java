package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What one {@code ?} expects, for {@code PreparedStatement.getParameterMetaData()}.
 *
 * @param index position among the markers, from 1
 * @param type the type a value must have: the column's (its element type for one array element, the
 *         aggregate's for a HAVING alias), {@code int} for counts, distances and paging, {@code string}
 *         for texts; empty when the column is unknown to the metadata (validation reports that)
 * @param table the table apiName of the column the value is compared with, if any
 * @param column the column apiName (or aggregation alias) the value is compared with, if any
 */
public record ParameterSlot(int index, SourcePosition position, ParameterRole role, Optional<ColumnType> type,
        Optional<String> table, Optional<String> column) {
    public ParameterSlot {
        if (index < 1) {
            throw new IllegalArgumentException("parameter indexes count from 1, got " + index);
        }
        requireNonNull(position, "position is null");
        requireNonNull(role, "role is null");
        requireNonNull(type, "type is null");
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
    }
}
