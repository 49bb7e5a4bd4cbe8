package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;

import static java.util.Objects.requireNonNull;

/** What every part of one translation shares: the metadata, name resolution and the parameter binding. */
record TranslationContext(MetadataIndex index, TableResolver tables, ColumnResolver columns, LiteralValues values) {
    TranslationContext {
        requireNonNull(index, "index is null");
        requireNonNull(tables, "tables is null");
        requireNonNull(columns, "columns is null");
        requireNonNull(values, "values is null");
    }

    static TranslationContext of(MetadataIndex index, ParameterBinding parameters) {
        TableResolver tables = new TableResolver(index);
        return new TranslationContext(index, tables, new ColumnResolver(index, tables), new LiteralValues(parameters));
    }
}
