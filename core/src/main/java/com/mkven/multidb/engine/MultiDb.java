package com.mkven.multidb.engine;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.plan.CacheRoute;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.SqlResult;
import com.mkven.multidb.result.Strategy;
import com.mkven.multidb.result.TableSource;
import com.mkven.multidb.result.TableUsed;
import com.mkven.multidb.result.Timing;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;
import com.mkven.multidb.validation.ConfigValidator;
import com.mkven.multidb.validation.QueryValidator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The MultiDB engine: validates, access-checks, plans, renders and runs queries expressed in API
 * names (query.md, runtime.md). Thread-safe; every query works on the metadata snapshot current
 * when it starts. Build it with {@link #builder()}.
 */
public final class MultiDb implements AutoCloseable {
    private final MetadataRegistry registry;
    private final Backends backends;
    private final QueryPreparer preparer;

    MultiDb(MetadataRegistry registry, Backends backends, QueryPreparer preparer) {
        this.registry = requireNonNull(registry, "registry is null");
        this.backends = requireNonNull(backends, "backends is null");
        this.preparer = requireNonNull(preparer, "preparer is null");
    }

    public static MultiDbBuilder builder() {
        return new MultiDbBuilder();
    }

    /** Runs a query in the mode it asks for; errors are thrown as {@code MultiDbException}s. */
    public QueryResult query(QueryDefinition definition, ExecutionContext context) {
        return query(definition, context, ExecutionOptions.defaults());
    }

    public QueryResult query(QueryDefinition definition, ExecutionContext context, ExecutionOptions options) {
        requireNonNull(definition, "definition is null");
        requireNonNull(context, "context is null");
        PreparedQuery query = preparer.prepare(registry.snapshot(), definition, context);
        return switch (definition.effectiveExecuteMode()) {
            case SQL_ONLY -> new SqlResult(query.sql().sql(), query.sql().params(), query.meta(Optional.empty()), query.debug().entries());
            case COUNT -> count(query, options);
            case EXECUTE -> query.plan().cache().isPresent() ? cached(query, query.plan().cache().get(), context, options) : data(query, options);
        };
    }

    /**
     * Streams the rows of an {@code execute} query from the database with a bounded fetch size,
     * masking row by row (the JDBC result set is built on this). Cache-served queries stream the
     * rows they assembled.
     */
    public QueryStream stream(QueryDefinition definition, ExecutionContext context, ExecutionOptions options) {
        requireNonNull(definition, "definition is null");
        requireNonNull(context, "context is null");
        requireNonNull(options, "options is null");
        if (definition.effectiveExecuteMode() != ExecuteMode.EXECUTE) {
            throw new IllegalArgumentException("stream() serves executeMode execute; use query() for " + definition.effectiveExecuteMode().wireName());
        }
        PreparedQuery query = preparer.prepare(registry.snapshot(), definition, context);
        if (query.plan().cache().isPresent()) {
            return new MaterializedQueryStream(cached(query, query.plan().cache().get(), context, options));
        }
        return open(query, options);
    }

    /** Runs rules 1–14 only (the HTTP {@code /validate/query}). */
    public Optional<ValidationException> validateQuery(QueryDefinition definition, ExecutionContext context) {
        return QueryValidator.validateQuery(definition, context, registry.snapshot().index());
    }

    /** Validates a configuration without loading it (the HTTP {@code /validate/config}). */
    public static Optional<ConfigException> validateConfig(MetadataConfig metadata, List<RoleMeta> roles) {
        return ConfigValidator.validateConfig(metadata, roles);
    }

    /** The metadata and roles in force now; a later reload does not change the returned snapshot. */
    public MetadataSnapshot snapshot() {
        return registry.snapshot();
    }

    /**
     * Reloads metadata and roles as one snapshot: an edit that is only valid with both changed (a column renamed in the
     * metadata and in the roles granting it) would be refused by {@link #reloadMetadata()} then {@link #reloadRoles()},
     * as each validates against the other's old state. On any failure the previous snapshot stays active.
     */
    public void reload() {
        registry.reload();
    }

    public void reloadMetadata() {
        registry.reloadMetadata();
    }

    public void reloadRoles() {
        registry.reloadRoles();
    }

    public HealthCheckResult healthCheck() {
        return backends.healthCheck();
    }

    /**
     * Closes every executor and cache provider, attempting all of them; failures come back as one
     * {@code CONNECTION_FAILED}. Afterwards {@code sql-only} still works and everything else fails
     * with {@code EXECUTOR_MISSING}; a second call does nothing (decisions.md §17).
     */
    @Override
    public void close() {
        backends.close();
    }

    private DatabaseQueryStream open(PreparedQuery query, ExecutionOptions options) {
        String key = query.plan().database().executorKey();
        DbExecutor executor = backends.executor(key);
        long start = System.nanoTime();
        RowCursor cursor;
        try {
            cursor = executor.execute(query.sql().sql(), query.sql().params(), options);
        } catch (RuntimeException e) {
            query.debug().add(DebugPhase.EXECUTION, "failed: " + e.getMessage());
            throw ExecutionFailures.wrap(e, key, query);
        }
        query.debug().add(DebugPhase.EXECUTION, "statement started on " + key);
        return new DatabaseQueryStream(query, key, cursor, Backends.elapsedMs(start));
    }

    private DataResult data(PreparedQuery query, ExecutionOptions options) {
        long start = System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (DatabaseQueryStream stream = open(query, options)) {
            while (stream.next()) {
                rows.add(stream.row());
            }
        }
        return new DataResult(rows, query.meta(Optional.of(Backends.elapsedMs(start))), query.debug().entries());
    }

    private CountResult count(PreparedQuery query, ExecutionOptions options) {
        String key = query.plan().database().executorKey();
        DbExecutor executor = backends.executor(key);
        long start = System.nanoTime();
        try (RowCursor cursor = executor.execute(query.sql().sql(), query.sql().params(), options)) {
            if (!cursor.next()) {
                throw new IllegalStateException("COUNT(*) returned no row");
            }
            long count = ValueNormalizer.count(cursor.value(0));
            query.debug().add(DebugPhase.EXECUTION, "count " + count + " on " + key);
            return new CountResult(count, query.meta(Optional.of(Backends.elapsedMs(start))), query.debug().entries());
        } catch (RuntimeException e) {
            throw ExecutionFailures.wrap(e, key, query);
        }
    }

    /**
     * P0: rows from the cache; ids the cache lacks come from the database (the normal plan for a
     * {@code byIds} query narrowed to them) and are merged in {@code byIds} order (decisions.md §9).
     */
    private DataResult cached(PreparedQuery query, CacheRoute route, ExecutionContext context, ExecutionOptions options) {
        long start = System.nanoTime();
        TableMeta table = route.table();
        ColumnMeta key = table.column(table.primaryKey().get(0)).orElseThrow();
        List<Object> ids = CachedRows.distinct(query.definition().byIds().orElseThrow(), key);
        Map<String, Map<String, Object>> hits = CachedRows.read(route, backends.cache(route.cacheId()), ids, query.debug());
        if (hits.isEmpty()) {
            return data(query, options);
        }
        RowShaper shaper = new RowShaper(query.resolved().columnMappings());
        Map<String, Map<String, Object>> rowsById = new LinkedHashMap<>();
        hits.forEach((id, cachedRow) -> rowsById.put(id, shape(shaper, cachedRow)));
        List<Object> missing = new ArrayList<>();
        for (Object id : ids) {
            if (!hits.containsKey(CachedRows.canonicalId(id, key))) {
                missing.add(id);
            }
        }
        List<TableUsed> tablesUsed = new ArrayList<>();
        tablesUsed.add(new TableUsed(table.id(), TableSource.CACHE, route.cacheId(), route.cached().table().keyPattern()));
        Optional<PreparedQuery> fallback = Optional.empty();
        if (!missing.isEmpty()) {
            fallback = Optional.of(missingRows(query, context, key, missing, options, rowsById));
            tablesUsed.addAll(fallback.get().plan().database().tablesUsed());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object id : ids) {
            Map<String, Object> row = rowsById.get(CachedRows.canonicalId(id, key));
            if (row != null) {
                rows.add(row);
            }
        }
        QueryResultMeta meta = new QueryResultMeta(Strategy.CACHE, route.cacheId(), fallback.map(f -> f.plan().database().dialect()),
                tablesUsed, query.resultColumns(), new Timing(query.planningMs(), query.generationMs(), Optional.of(Backends.elapsedMs(start))));
        return new DataResult(rows, meta, query.debug().entries());
    }

    private static Map<String, Object> shape(RowShaper shaper, Map<String, Object> cachedRow) {
        Object[] values = new Object[shaper.columnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = shaper.shape(i, cachedRow.get(shaper.key(i)));
        }
        return shaper.toRow(values);
    }

    /** Fetches the ids the cache lacked, keyed by id, with the primary key selected to match them. */
    private PreparedQuery missingRows(PreparedQuery query, ExecutionContext context, ColumnMeta key, List<Object> missing,
            ExecutionOptions options, Map<String, Map<String, Object>> rowsById) {
        List<String> requested = new ArrayList<>();
        query.resolved().columnMappings().forEach(mapping -> requested.add(mapping.apiName()));
        List<String> withKey = new ArrayList<>(requested);
        if (!withKey.contains(key.apiName())) {
            withKey.add(key.apiName());
        }
        QueryDefinition narrowed = query.definition().toBuilder().byIds(missing).columns(withKey).build();
        PreparedQuery fallback = preparer.prepare(registry.snapshot(), narrowed, context, query.debug());
        int keyColumn = withKey.indexOf(key.apiName());
        String database = fallback.plan().database().executorKey();
        RowShaper shaper = new RowShaper(fallback.resolved().columnMappings());
        try (RowCursor cursor = backends.executor(database).execute(fallback.sql().sql(), fallback.sql().params(), options)) {
            while (cursor.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : requested) {
                    int index = withKey.indexOf(column);
                    row.put(column, shaper.shape(index, cursor.value(index)));
                }
                rowsById.put(CachedRows.canonicalId(cursor.value(keyColumn), key), row);
            }
        } catch (RuntimeException e) {
            throw ExecutionFailures.wrap(e, database, fallback);
        }
        return fallback;
    }
}
