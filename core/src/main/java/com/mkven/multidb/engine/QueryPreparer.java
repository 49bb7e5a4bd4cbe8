package com.mkven.multidb.engine;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRefRewriter;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.plan.DatabaseRoute;
import com.mkven.multidb.plan.PlannedTable;
import com.mkven.multidb.plan.QueryPlan;
import com.mkven.multidb.plan.QueryPlanner;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.resolve.NameResolver;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.result.DebugPhase;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import com.mkven.multidb.validation.QueryValidator;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Phases 1–5 of the pipeline (sql.md §1) on one metadata snapshot: validation, access control,
 * planning, name resolution with the plan applied to every table reference, SQL generation.
 */
final class QueryPreparer {
    private final Map<DialectName, SqlDialect> dialects;
    private final Clock clock;

    QueryPreparer(Map<DialectName, SqlDialect> dialects, Clock clock) {
        this.dialects = Map.copyOf(requireNonNull(dialects, "dialects is null"));
        this.clock = requireNonNull(clock, "clock is null");
    }

    PreparedQuery prepare(MetadataSnapshot snapshot, QueryDefinition definition, ExecutionContext context) {
        return prepare(snapshot, definition, context, DebugLog.create(definition.debug(), clock));
    }

    PreparedQuery prepare(MetadataSnapshot snapshot, QueryDefinition definition, ExecutionContext context, DebugLog debug) {
        long start = System.nanoTime();
        MetadataIndex index = snapshot.index();
        Optional<ValidationException> invalid = QueryValidator.validateQuery(definition, context, index);
        if (invalid.isPresent()) {
            debug.add(DebugPhase.VALIDATION, "rejected: " + invalid.get().getMessage());
            throw invalid.get();
        }
        debug.add(DebugPhase.VALIDATION, "rules 1-14 passed");
        EffectiveAccess access = EffectiveAccess.resolve(context.roles(), index);
        debug.add(DebugPhase.ACCESS_CONTROL, "readable tables resolved", access.readableTables());
        QueryPlan plan = new QueryPlanner(index).plan(definition, access);
        DatabaseRoute route = plan.database();
        debug.add(DebugPhase.PLANNING, "strategy %s on %s (%s)".formatted(route.strategy().wireName(), route.targetDatabase(), route.dialect().wireName()),
                Map.of("executor", route.executorKey(), "cacheCandidate", plan.cache().isPresent()));
        double planningMs = Backends.elapsedMs(start);

        long generationStart = System.nanoTime();
        ResolveResult resolved = NameResolver.resolve(definition, index, access);
        SqlParts parts = TableRefRewriter.rewrite(resolved.parts(), table -> {
            String tableId = resolved.tableIdOf(table.alias())
                    .orElseThrow(() -> new IllegalStateException("no table behind alias " + table.alias()));
            PlannedTable planned = route.table(tableId)
                    .orElseThrow(() -> new IllegalStateException("table " + tableId + " is not in the plan"));
            return planned.applyTo(table);
        });
        debug.add(DebugPhase.NAME_RESOLUTION, "%d output columns".formatted(resolved.columnMappings().size()));
        SqlDialect dialect = dialects.get(route.dialect());
        if (dialect == null) {
            throw new IllegalStateException("no SqlDialect registered for " + route.dialect().wireName()
                    + ": add multidb-dialects to the class path or register one on the builder");
        }
        GeneratedSql sql = dialect.generate(parts, resolved.params());
        debug.add(DebugPhase.SQL_GENERATION, sql.sql(), Map.of("paramCount", sql.params().size()));
        return new PreparedQuery(definition, access, plan, resolved, sql, planningMs, Backends.elapsedMs(generationStart), debug);
    }
}
