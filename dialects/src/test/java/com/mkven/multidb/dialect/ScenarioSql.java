package com.mkven.multidb.dialect;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.TableRefRewriter;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.plan.PlannedTable;
import com.mkven.multidb.resolve.NameResolver;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;

/**
 * Renders a {@link GenerationScenario} the way the engine does for a dialect: resolved against the shared fixture with
 * the scenario's roles, and for Trino with every table — FROM, joins, subqueries — carrying its database's
 * {@code trinoCatalog} and a ClickHouse table with arrays read through its view, as the planner's P3 sets it (sql.md §6.4).
 */
public final class ScenarioSql {
    private static final MetadataIndex INDEX = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());

    private ScenarioSql() {}

    public static GeneratedSql generate(GenerationScenario scenario, SqlDialect dialect) {
        ResolveResult resolved = resolve(scenario);
        SqlParts parts = switch (dialect.name()) {
            case POSTGRES, CLICKHOUSE -> resolved.parts();
            case TRINO -> withTrinoCatalogs(resolved);
        };
        return dialect.generate(parts, resolved.params());
    }

    public static ResolveResult resolve(GenerationScenario scenario) {
        return NameResolver.resolve(scenario.definition(), INDEX, EffectiveAccess.resolve(scenario.context().roles(), INDEX));
    }

    public static SqlParts withTrinoCatalogs(ResolveResult resolved) {
        return TableRefRewriter.rewrite(resolved.parts(), table -> federated(resolved, table).applyTo(table));
    }

    private static PlannedTable federated(ResolveResult resolved, TableRef table) {
        TableMeta meta = INDEX.tableById(resolved.tableIdOf(table.alias()).orElseThrow()).orElseThrow();
        return PlannedTable.throughTrino(meta, INDEX.database(meta.database()).orElseThrow());
    }
}
