package com.mkven.multidb.resolve;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Where a filter sits decides its tables (sql.md §2.5, §2.6).
 *
 * @param defaultTable what an omitted {@code table} of a {@code QueryFilter} means
 * @param columnFilterDefault what an omitted side of a {@code QueryColumnFilter} means: {@code from}, except inside an
 *         EXISTS, whose conditions are about its own table
 * @param qualifiable what a given {@code table} may name, first match wins
 * @param existsParents the tables an EXISTS in this scope may correlate to, in order of preference
 */
record FilterScope(
        AliasedTable defaultTable,
        AliasedTable columnFilterDefault,
        List<AliasedTable> qualifiable,
        List<AliasedTable> existsParents) {
    FilterScope {
        requireNonNull(defaultTable, "defaultTable is null");
        requireNonNull(columnFilterDefault, "columnFilterDefault is null");
        qualifiable = List.copyOf(qualifiable);
        existsParents = List.copyOf(existsParents);
    }

    /** Top-level filters: {@code from} by default; qualifiers and EXISTS parents: {@code from}, then the joins. */
    static FilterScope topLevel(QueryTables tables) {
        return new FilterScope(tables.from(), tables.from(), tables.all(), tables.all());
    }

    /**
     * A join's filters: that join by default; qualifiers may name any query table. An EXISTS correlates to the joined
     * table; should it have no relation to it, the top-level order applies rather than failing.
     */
    static FilterScope join(QueryTables tables, int joinIndex) {
        AliasedTable joined = tables.joined(joinIndex);
        List<AliasedTable> parents = new ArrayList<>();
        parents.add(joined);
        parents.addAll(tables.all());
        return new FilterScope(joined, tables.from(), tables.all(), parents);
    }

    /**
     * Filters of an EXISTS: its table by default (column filters too), and the only parent a nested EXISTS may
     * correlate to. A qualifier
     * naming its table means it; one naming an outer table makes a correlated reference, innermost table first.
     */
    FilterScope insideExists(AliasedTable existsTable) {
        List<AliasedTable> visible = new ArrayList<>();
        visible.add(existsTable);
        visible.addAll(qualifiable);
        return new FilterScope(existsTable, existsTable, visible, List.of(existsTable));
    }

    AliasedTable qualified(String tableApiName) {
        return QueryTables.firstNamed(qualifiable, tableApiName);
    }
}
