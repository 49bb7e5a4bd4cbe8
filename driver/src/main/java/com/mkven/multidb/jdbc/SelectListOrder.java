package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.sql.SelectedItem;

import java.util.List;

/**
 * Maps a SQL select list to the engine's result columns, which come by table and then aggregations: {@code SELECT
 * COUNT(*) AS n, status … GROUP BY status} must read {@code n} as column 1. A column is found by table and API name,
 * an aggregate by its alias, {@code *} / {@code t.*} take the remaining columns (of {@code t}) in the engine's order;
 * a column the list does not account for keeps its place after the listed ones, so nothing is ever dropped.
 */
final class SelectListOrder {
    private SelectListOrder() {}

    static int[] of(List<SelectedItem> items, List<ColumnDescriptor> columns) {
        int[] order = new int[columns.size()];
        boolean[] placed = new boolean[columns.size()];
        int next = 0;
        for (SelectedItem item : items) {
            for (int i = 0; i < columns.size(); i++) {
                if (!placed[i] && matches(item, columns.get(i))) {
                    placed[i] = true;
                    order[next++] = i;
                    if (item.kind() != SelectedItem.Kind.ALL_COLUMNS) {
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!placed[i]) {
                order[next++] = i;
            }
        }
        return order;
    }

    private static boolean matches(SelectedItem item, ColumnDescriptor column) {
        return switch (item.kind()) {
            case COLUMN -> item.table().map(column.tableName()::equals).orElse(true) && column.name().equals(item.name());
            case AGGREGATE -> column.label().equals(item.name());
            case ALL_COLUMNS -> item.table().map(column.tableName()::equals).orElse(true);
        };
    }
}
