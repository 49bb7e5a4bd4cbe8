package com.mkven.multidb.resolve;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.access.TableAccess;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.query.QueryDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plain columns of the select list and their mappings (sql.md §2.2, §2.3): {@code from} columns first, then each
 * join's, each table's section chosen by its {@code columns}.
 */
final class SelectList {
    private final List<BoundColumn> columns;
    private final EffectiveAccess access;

    private SelectList(List<BoundColumn> columns, EffectiveAccess access) {
        this.columns = columns;
        this.access = access;
    }

    /**
     * @param groupBy the resolved GROUP BY columns; in a grouping query (groupBy or aggregations present) a table with
     *         {@code columns} omitted contributes only its GROUP BY columns, in GROUP BY order, never "all allowed"
     */
    static SelectList resolve(QueryDefinition definition, QueryTables tables, List<BoundColumn> groupBy,
            EffectiveAccess access) {
        boolean grouping = !groupBy.isEmpty() || !definition.aggregations().isEmpty();
        // a column listed twice (or grouped twice) is selected once: one key, one meta.columns entry
        Map<ColumnRef, BoundColumn> selected = new LinkedHashMap<>();
        addSection(selected, tables, tables.from(), definition.columns(), grouping, groupBy, access);
        for (int i = 0; i < definition.joins().size(); i++) {
            addSection(selected, tables, tables.joined(i), definition.joins().get(i).columns(), grouping, groupBy, access);
        }
        return new SelectList(List.copyOf(selected.values()), access);
    }

    private static void addSection(Map<ColumnRef, BoundColumn> selected, QueryTables tables, AliasedTable table,
            Optional<List<String>> listed, boolean grouping, List<BoundColumn> groupBy, EffectiveAccess access) {
        List<BoundColumn> section = new ArrayList<>();
        if (listed.isPresent()) {
            for (String name : listed.get()) {
                section.add(tables.column(table, name));
            }
        } else if (grouping) {
            for (BoundColumn column : groupBy) {
                if (column.table().alias().equals(table.alias())) {
                    section.add(column);
                }
            }
        } else {
            TableAccess tableAccess = tableAccess(access, table);
            for (ColumnMeta column : table.meta().columns()) {
                if (tableAccess.allows(column.apiName())) {
                    section.add(new BoundColumn(table, column));
                }
            }
        }
        for (BoundColumn column : section) {
            selected.putIfAbsent(column.ref(), column);
        }
    }

    private static TableAccess tableAccess(EffectiveAccess access, AliasedTable table) {
        return access.table(table.meta().id()).orElseThrow(
                () -> new IllegalArgumentException("table " + table.meta().apiName() + " is not readable"));
    }

    List<ColumnRef> refs() {
        return BoundColumn.refs(columns);
    }

    /**
     * One mapping per column. A column apiName selected from two or more tables is keyed
     * {@code tableApiName.columnApiName} for every one of them; all others keep the bare apiName.
     */
    List<ColumnMapping> mappings() {
        Set<String> colliding = collidingNames();
        List<ColumnMapping> mappings = new ArrayList<>(columns.size());
        for (BoundColumn bound : columns) {
            ColumnMeta column = bound.column();
            String tableApiName = bound.table().meta().apiName();
            String key = colliding.contains(column.apiName()) ? tableApiName + "." + column.apiName() : column.apiName();
            boolean masked = tableAccess(access, bound.table()).masks(column.apiName());
            mappings.add(new ColumnMapping(column.physicalName(), key, bound.table().alias(), tableApiName, masked,
                    column.nullable(), column.type(),
                    masked ? Optional.of(column.effectiveMaskingFn()) : Optional.empty()));
        }
        return mappings;
    }

    private Set<String> collidingNames() {
        Map<String, Set<String>> aliasesByName = new HashMap<>();
        for (BoundColumn column : columns) {
            aliasesByName.computeIfAbsent(column.column().apiName(), name -> new HashSet<>()).add(column.table().alias());
        }
        Set<String> colliding = new HashSet<>();
        aliasesByName.forEach((name, aliases) -> {
            if (aliases.size() > 1) {
                colliding.add(name);
            }
        });
        return colliding;
    }
}
