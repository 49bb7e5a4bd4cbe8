package com.mkven.multidb.jdbc.metadata;

import com.mkven.multidb.jdbc.ColumnDescriptor;
import com.mkven.multidb.metadata.MaskingFn;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A column the roles can read, as {@code getColumns} reports it.
 *
 * @param column its API name and the type of the values the roles get (the masked type when masked)
 * @param ordinal 1-based, in metadata order among the visible columns of its table
 * @param mask the masking function applied to it, when the roles mask it
 */
record VisibleColumn(ColumnDescriptor column, int ordinal, Optional<MaskingFn> mask) {
    VisibleColumn {
        requireNonNull(column, "column is null");
        requireNonNull(mask, "mask is null");
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal positions start at 1: " + ordinal);
        }
    }

    String name() {
        return column.name();
    }

    /** Tells a GUI user why the values look the way they do; the function is the roles' own business to know. */
    Optional<String> remarks() {
        return mask.map(fn -> "masked (" + fn.wireName() + ")");
    }
}
