package com.mkven.multidb.engine;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.plan.QueryPlan;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.ResultColumn;
import com.mkven.multidb.result.Timing;
import com.mkven.multidb.spi.GeneratedSql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A query taken through validation, access control, planning, name resolution and SQL
 * generation: everything but running it.
 */
record PreparedQuery(
        QueryDefinition definition,
        EffectiveAccess access,
        QueryPlan plan,
        ResolveResult resolved,
        GeneratedSql sql,
        double planningMs,
        double generationMs,
        DebugLog debug) {
    PreparedQuery {
        requireNonNull(definition, "definition is null");
        requireNonNull(access, "access is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(resolved, "resolved is null");
        requireNonNull(sql, "sql is null");
        requireNonNull(debug, "debug is null");
    }

    List<ResultColumn> resultColumns() {
        List<ResultColumn> columns = new ArrayList<>(resolved.columnMappings().size());
        resolved.columnMappings().forEach(mapping -> columns.add(mapping.toResultColumn()));
        return columns;
    }

    /** The meta of a database-served result. */
    QueryResultMeta meta(Optional<Double> executionMs) {
        var route = plan.database();
        return new QueryResultMeta(route.strategy(), route.targetDatabase(), Optional.of(route.dialect()), route.tablesUsed(),
                resultColumns(), new Timing(planningMs, generationMs, executionMs));
    }
}
