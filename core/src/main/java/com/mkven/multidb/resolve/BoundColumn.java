package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.metadata.ColumnMeta;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** A column together with the aliased table it is read from. */
record BoundColumn(AliasedTable table, ColumnMeta column) {
    BoundColumn {
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
    }

    ColumnRef ref() {
        return table.ref(column);
    }

    static List<ColumnRef> refs(List<BoundColumn> columns) {
        List<ColumnRef> refs = new ArrayList<>(columns.size());
        for (BoundColumn column : columns) {
            refs.add(column.ref());
        }
        return refs;
    }
}
