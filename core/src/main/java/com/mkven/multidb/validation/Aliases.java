package com.mkven.multidb.validation;

import com.mkven.multidb.metadata.ColumnType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregation aliases of a query with their result types (query.md §9.3); the type is
 * unknown when the aggregated column could not be resolved.
 */
final class Aliases {
    private final Map<String, Optional<ColumnType>> types = new HashMap<>();

    /** Registers an alias; the first definition of a repeated alias wins. */
    void define(String alias, Optional<ColumnType> type) {
        types.putIfAbsent(alias, type);
    }

    boolean contains(String alias) {
        return types.containsKey(alias);
    }

    /** The result type of a defined alias, empty when unknown or undefined. */
    Optional<ColumnType> type(String alias) {
        return types.getOrDefault(alias, Optional.empty());
    }
}
