package com.mkven.multidb.plan;

import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableUsed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a query reaches its tables in a database (P1–P3).
 *
 * @param targetDatabase the database queried; {@code trino} for federation
 * @param executorKey the key of the executor that runs the SQL ({@code trino} for Iceberg and federation)
 * @param tables the required tables by {@code TableMeta.id}, in order of first appearance
 */
public record DatabaseRoute(Strategy strategy, String targetDatabase, String executorKey, DialectName dialect, Map<String, PlannedTable> tables) {
    public static final String TRINO_EXECUTOR = "trino";

    public DatabaseRoute {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(targetDatabase, "targetDatabase is null");
        requireNonNull(executorKey, "executorKey is null");
        requireNonNull(dialect, "dialect is null");
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(tables, "tables is null")));
        if (strategy == Strategy.CACHE) {
            throw new IllegalArgumentException("a database route cannot have strategy cache");
        }
    }

    public Optional<PlannedTable> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }

    public List<TableUsed> tablesUsed() {
        List<TableUsed> used = new ArrayList<>(tables.size());
        for (PlannedTable table : tables.values()) {
            used.add(table.toTableUsed());
        }
        return used;
    }
}
