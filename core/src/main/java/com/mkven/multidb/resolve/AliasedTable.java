package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.TableMeta;

import static java.util.Objects.requireNonNull;

/** A table of the query under its alias: {@code from} = {@code t0}, joins {@code t1…}, EXISTS tables {@code sN}. */
record AliasedTable(TableMeta meta, String alias) {
    AliasedTable {
        requireNonNull(meta, "meta is null");
        requireNonNull(alias, "alias is null");
    }

    ColumnRef ref(ColumnMeta column) {
        return new ColumnRef(alias, column.physicalName());
    }

    TableRef tableRef() {
        return TableRef.of(meta.physicalName(), alias);
    }
}
