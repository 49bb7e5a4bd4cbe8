package com.mkven.multidb.plan;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.access.TableAccess;
import com.mkven.multidb.error.PlannerDetails;
import com.mkven.multidb.error.PlannerException;
import com.mkven.multidb.metadata.DatabaseMeta;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.Lag;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.MetadataIndex.CachedTable;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.Freshness;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Chooses where a validated query runs (sql.md §6): P0 cache, P1 one database with originals,
 * P2 one database with replicas, P3 Trino federation, P4 a {@link PlannerException}.
 */
public final class QueryPlanner {
    private final MetadataIndex index;

    public QueryPlanner(MetadataIndex index) {
        this.index = requireNonNull(index, "index is null");
    }

    public QueryPlan plan(QueryDefinition definition, EffectiveAccess access) {
        requireNonNull(definition, "definition is null");
        requireNonNull(access, "access is null");
        Map<String, TableMeta> required = RequiredTables.of(definition, index);
        DatabaseRoute database = route(definition, required);
        return new QueryPlan(cacheRoute(definition, required, access), database);
    }

    private Optional<CacheRoute> cacheRoute(QueryDefinition definition, Map<String, TableMeta> required, EffectiveAccess access) {
        if (definition.byIds().isEmpty() || !definition.filters().isEmpty() || !definition.joins().isEmpty()
                || definition.effectiveExecuteMode() != ExecuteMode.EXECUTE || required.size() != 1) {
            return Optional.empty();
        }
        TableMeta table = required.values().iterator().next();
        Optional<CachedTable> cached = index.cacheOf(table.id());
        if (table.primaryKey().size() != 1 || cached.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> cachedColumns = cached.get().table().columns();
        if (cachedColumns.isPresent() && !cachedColumns.get().containsAll(requestedColumns(definition, table, access))) {
            return Optional.empty();
        }
        return Optional.of(new CacheRoute(table, cached.get()));
    }

    private static List<String> requestedColumns(QueryDefinition definition, TableMeta table, EffectiveAccess access) {
        if (definition.columns().isPresent()) {
            return definition.columns().get();
        }
        Optional<TableAccess> tableAccess = access.table(table.id());
        List<String> allowed = new ArrayList<>();
        table.columns().forEach(column -> {
            if (tableAccess.isPresent() && tableAccess.get().allows(column.apiName())) {
                allowed.add(column.apiName());
            }
        });
        return allowed;
    }

    private DatabaseRoute route(QueryDefinition definition, Map<String, TableMeta> required) {
        Optional<DatabaseRoute> direct = direct(required);
        if (direct.isPresent()) {
            return direct.get();
        }
        Optional<Freshness> freshness = definition.freshness();
        Optional<DatabaseRoute> materialized = materialized(required, freshness);
        if (materialized.isPresent()) {
            return materialized.get();
        }
        Optional<DatabaseRoute> federated = federated(required);
        if (federated.isPresent()) {
            return federated.get();
        }
        throw failure(definition, required);
    }

    /** P1: every original in one database. */
    private Optional<DatabaseRoute> direct(Map<String, TableMeta> required) {
        String databaseId = null;
        for (TableMeta table : required.values()) {
            if (databaseId == null) {
                databaseId = table.database();
            } else if (!databaseId.equals(table.database())) {
                return Optional.empty();
            }
        }
        DatabaseMeta database = database(databaseId);
        Map<String, PlannedTable> tables = new LinkedHashMap<>();
        for (TableMeta table : required.values()) {
            tables.put(table.id(), PlannedTable.original(table, database));
        }
        return Optional.of(singleDatabaseRoute(Strategy.DIRECT, database, tables));
    }

    /** P2: one database holding every table as original or as a replica fresh enough; most originals wins. */
    private Optional<DatabaseRoute> materialized(Map<String, TableMeta> required, Optional<Freshness> freshness) {
        if (freshness.isPresent() && freshness.get() == Freshness.REALTIME) {
            return Optional.empty();
        }
        Optional<DatabaseRoute> best = Optional.empty();
        int bestOriginals = -1;
        for (DatabaseMeta database : index.config().databases()) {
            Optional<Map<String, PlannedTable>> tables = replicaPath(required, database, freshness);
            if (tables.isEmpty()) {
                continue;
            }
            int originals = (int) tables.get().values().stream().filter(table -> table.source() == TableSource.ORIGINAL).count();
            // strictly more originals replaces the incumbent, so ties go to the first database in config order
            if (originals > bestOriginals) {
                best = Optional.of(singleDatabaseRoute(Strategy.MATERIALIZED, database, tables.get()));
                bestOriginals = originals;
            }
        }
        return best;
    }

    private Optional<Map<String, PlannedTable>> replicaPath(Map<String, TableMeta> required, DatabaseMeta database, Optional<Freshness> freshness) {
        Map<String, PlannedTable> tables = new LinkedHashMap<>();
        for (TableMeta table : required.values()) {
            if (table.database().equals(database.id())) {
                tables.put(table.id(), PlannedTable.original(table, database));
                continue;
            }
            Optional<ExternalSync> sync = usableSync(table, database, freshness);
            if (sync.isEmpty()) {
                return Optional.empty();
            }
            tables.put(table.id(), PlannedTable.replica(table, database, sync.get()));
        }
        return Optional.of(tables);
    }

    private Optional<ExternalSync> usableSync(TableMeta table, DatabaseMeta database, Optional<Freshness> freshness) {
        for (ExternalSync sync : index.syncsOf(table.id())) {
            if (sync.targetDatabase().equals(database.id()) && (freshness.isEmpty() || freshness.get().accepts(sync.estimatedLag()))) {
                return Optional.of(sync);
            }
        }
        return Optional.empty();
    }

    /** P3: every database of a required table reachable through a Trino catalog. */
    private Optional<DatabaseRoute> federated(Map<String, TableMeta> required) {
        if (!index.config().trinoEnabled() || !missingCatalogs(required).isEmpty()) {
            return Optional.empty();
        }
        Map<String, PlannedTable> tables = new LinkedHashMap<>();
        for (TableMeta table : required.values()) {
            tables.put(table.id(), PlannedTable.throughTrino(table, database(table.database())));
        }
        return Optional.of(new DatabaseRoute(Strategy.TRINO_CROSS_DB, DatabaseRoute.TRINO_EXECUTOR, DatabaseRoute.TRINO_EXECUTOR, DialectName.TRINO, tables));
    }

    /** P4, in the precedence of decisions.md §8. */
    private PlannerException failure(QueryDefinition definition, Map<String, TableMeta> required) {
        String from = definition.from();
        if (definition.freshness().isPresent()) {
            Optional<Lag> bestLag = bestAvailableLag(required);
            if (bestLag.isPresent()) {
                return new PlannerException(from, new PlannerDetails.FreshnessUnmet(definition.freshness().get().wireName(), bestLag.get().wireName()));
            }
        }
        if (index.config().trino().isPresent() && !index.config().trinoEnabled()) {
            return new PlannerException(from, new PlannerDetails.TrinoDisabled());
        }
        List<String> missing = missingCatalogs(required);
        if (index.config().trinoEnabled() && !missing.isEmpty()) {
            return new PlannerException(from, new PlannerDetails.NoCatalog(missing));
        }
        List<String> apiNames = required.values().stream().map(TableMeta::apiName).toList();
        return new PlannerException(from, new PlannerDetails.UnreachableTables(apiNames));
    }

    /** The least lag among replica paths that would work if freshness were ignored. */
    private Optional<Lag> bestAvailableLag(Map<String, TableMeta> required) {
        Optional<Lag> best = Optional.empty();
        for (DatabaseMeta database : index.config().databases()) {
            Optional<Map<String, PlannedTable>> path = replicaPath(required, database, Optional.empty());
            if (path.isEmpty()) {
                continue;
            }
            Optional<Lag> worst = worstLag(path.get(), database);
            if (worst.isPresent() && (best.isEmpty() || worst.get().compareTo(best.get()) < 0)) {
                best = worst;
            }
        }
        return best;
    }

    private Optional<Lag> worstLag(Map<String, PlannedTable> path, DatabaseMeta database) {
        Optional<Lag> worst = Optional.empty();
        for (PlannedTable table : path.values()) {
            if (table.source() != TableSource.MATERIALIZED) {
                continue;
            }
            Lag lag = usableSync(table.table(), database, Optional.empty()).orElseThrow().estimatedLag();
            if (worst.isEmpty() || lag.compareTo(worst.get()) > 0) {
                worst = Optional.of(lag);
            }
        }
        return worst;
    }

    private List<String> missingCatalogs(Map<String, TableMeta> required) {
        List<String> missing = new ArrayList<>();
        for (TableMeta table : required.values()) {
            DatabaseMeta database = database(table.database());
            if (database.trinoCatalog().isEmpty() && !missing.contains(database.id())) {
                missing.add(database.id());
            }
        }
        return missing;
    }

    private static DatabaseRoute singleDatabaseRoute(Strategy strategy, DatabaseMeta database, Map<String, PlannedTable> tables) {
        // Iceberg has no executor of its own: it is always read through Trino with its catalog
        return switch (database.engine()) {
            case POSTGRES -> new DatabaseRoute(strategy, database.id(), database.id(), DialectName.POSTGRES, tables);
            case CLICKHOUSE -> new DatabaseRoute(strategy, database.id(), database.id(), DialectName.CLICKHOUSE, tables);
            case ICEBERG -> new DatabaseRoute(strategy, database.id(), DatabaseRoute.TRINO_EXECUTOR, DialectName.TRINO, tables);
        };
    }

    private DatabaseMeta database(String id) {
        return index.database(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown database '%s': validate the config before planning".formatted(id)));
    }
}
