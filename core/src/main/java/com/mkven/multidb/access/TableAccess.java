package com.mkven.multidb.access;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What the effective role set may do with one table.
 *
 * @param allowedColumns column apiNames that may be read
 * @param maskedColumns allowed column apiNames whose values are masked
 */
public record TableAccess(String tableId, Set<String> allowedColumns, Set<String> maskedColumns) {
    public TableAccess {
        requireNonNull(tableId, "tableId is null");
        allowedColumns = Set.copyOf(requireNonNull(allowedColumns, "allowedColumns is null"));
        maskedColumns = Set.copyOf(requireNonNull(maskedColumns, "maskedColumns is null"));
        if (!allowedColumns.containsAll(maskedColumns)) {
            throw new IllegalArgumentException("masked columns must be allowed: " + maskedColumns);
        }
    }

    public boolean allows(String columnApiName) {
        return allowedColumns.contains(columnApiName);
    }

    public boolean masks(String columnApiName) {
        return maskedColumns.contains(columnApiName);
    }
}
