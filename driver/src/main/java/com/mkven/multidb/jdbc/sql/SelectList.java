package com.mkven.multidb.jdbc.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The select list sorted into what the definition holds per table, plus the aggregates and the SQL order. */
final class SelectList {
    private boolean everything;
    private final Set<ScopeTable> allColumnsOf = new HashSet<>();
    private final Map<ScopeTable, Set<String>> columns = new LinkedHashMap<>();
    private final Aggregations aggregations = new Aggregations();
    private final List<SelectedItem> items = new ArrayList<>();

    void selectEverything() {
        everything = true;
        items.add(SelectedItem.allColumns(Optional.empty()));
    }

    void selectAllOf(ScopeTable table) {
        allColumnsOf.add(table);
        items.add(SelectedItem.allColumns(Optional.of(table.apiName())));
    }

    boolean selectsAllOf(ScopeTable table) {
        return allColumnsOf.contains(table);
    }

    /** A column listed twice is selected once (as the engine does), but keeps both places in the SQL order. */
    void select(ScopeTable table, String column) {
        columns.computeIfAbsent(table, key -> new LinkedHashSet<>()).add(column);
        items.add(SelectedItem.column(table.apiName(), column));
    }

    void aggregate(String alias, AggregateCall call) {
        aggregations.add(alias, call);
        items.add(SelectedItem.aggregate(alias));
    }

    /** A table's {@code columns}: omitted for {@code *} and {@code t.*}, else exactly the selected ones, maybe none. */
    Optional<List<String>> columnsOf(ScopeTable table) {
        if (everything || allColumnsOf.contains(table)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(columns.getOrDefault(table, Set.of())));
    }

    Aggregations aggregations() {
        return aggregations;
    }

    List<SelectedItem> items() {
        return List.copyOf(items);
    }
}
