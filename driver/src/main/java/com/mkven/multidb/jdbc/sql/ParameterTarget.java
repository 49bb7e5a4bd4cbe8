package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** What a value is compared with, which a {@link ParameterSlot} reports for its marker. */
record ParameterTarget(Optional<ColumnType> type, Optional<String> table, Optional<String> column) {
    ParameterTarget {
        requireNonNull(type, "type is null");
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
    }

    /** A value that belongs to no column: a count, a distance, LIMIT or OFFSET. */
    static ParameterTarget of(ColumnType type) {
        return new ParameterTarget(Optional.of(type), Optional.empty(), Optional.empty());
    }

    ParameterTarget withType(Optional<ColumnType> newType) {
        return new ParameterTarget(newType, table, column);
    }
}
