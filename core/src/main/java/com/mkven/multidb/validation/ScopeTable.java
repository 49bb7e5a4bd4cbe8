package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.TableMeta;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A table named by the query ({@code from}, a join or an EXISTS) under its apiName; {@code meta} is
 * empty when no such table exists, which has been reported as {@code UNKNOWN_TABLE} already.
 */
record ScopeTable(String apiName, Optional<TableMeta> meta) {
    ScopeTable {
        requireNonNull(apiName, "apiName is null");
        requireNonNull(meta, "meta is null");
    }

    /** {@code table.column}, as messages name a column. */
    String qualify(String column) {
        return apiName + "." + column;
    }
}
