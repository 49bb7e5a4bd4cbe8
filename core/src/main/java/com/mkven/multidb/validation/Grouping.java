package com.mkven.multidb.validation;

import java.util.HashSet;
import java.util.Set;

/** The grouped columns of a query by table apiName, and whether the query is grouped at all. */
final class Grouping {
    private final boolean grouped;
    private final Set<String> columns = new HashSet<>();

    Grouping(boolean grouped) {
        this.grouped = grouped;
    }

    /** A query with {@code groupBy} or aggregations: every output row is a group. */
    boolean grouped() {
        return grouped;
    }

    void add(ScopeTable table, String column) {
        columns.add(table.qualify(column));
    }

    boolean contains(ScopeTable table, String column) {
        return columns.contains(table.qualify(column));
    }
}
