package com.mkven.multidb.tck.generation;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.plan.DatabaseRoute;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.BackendSettings;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.DbExecutorFactory;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.tck.seed.ClickHouseSeed;
import com.mkven.multidb.tck.seed.EngineEnvironment;
import com.mkven.multidb.tck.seed.IcebergSeed;
import com.mkven.multidb.tck.seed.PostgresSeed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An engine the SQL-generation scenarios run on: the fixture variant that puts the tables there, the seed it reads
 * and the one real executor that serves it (created by type through the executor modules' factories, as a config
 * file would). A scenario runs on an engine when the planner routes it there on the variant.
 */
enum ScenarioEngine {
    /** pg-main holds every table: its own, the replica {@code replicas.tenants} and copies of the others. */
    POSTGRES("postgres", DialectName.POSTGRES, "pg-main", "postgres", "postgres") {
        @Override
        MetadataConfig metadata() {
            return EngineVariants.onOneDatabase(TestFixture.metadata(), "pg-main");
        }

        @Override
        void seed() {
            PostgresSeed.ensureLoaded();
        }

        @Override
        String url() {
            return EngineEnvironment.postgresUrl("pg_main");
        }
    },
    /** ch-analytics holds every table: events and metrics, the replica {@code default.orders_replica} and copies. */
    CLICKHOUSE("clickhouse", DialectName.CLICKHOUSE, "ch-analytics", "clickhouse", "default") {
        @Override
        MetadataConfig metadata() {
            return EngineVariants.onOneDatabase(TestFixture.metadata(), "ch-analytics");
        }

        @Override
        void seed() {
            ClickHouseSeed.ensureLoaded();
        }

        @Override
        String url() {
            return "jdbc:clickhouse://127.0.0.1:%d/default".formatted(EngineEnvironment.clickHousePort());
        }

        /** ClickHouse arrays cannot be NULL: the seed's NULL arrays are stored, and come back, as {@code []}. */
        @Override
        Object stored(Object seedValue, ColumnType type) {
            return seedValue == null && type.isArray() ? List.of() : seedValue;
        }
    },
    /** Trino reads every table in its own database through the catalogs pg_main, pg_tenant and ch_analytics. */
    TRINO("trino", DialectName.TRINO, DatabaseRoute.TRINO_EXECUTOR, "trino", "multidb-tests") {
        @Override
        MetadataConfig metadata() {
            return EngineVariants.throughTrino(TestFixture.metadata());
        }

        @Override
        void seed() {
            PostgresSeed.ensureLoaded();
            ClickHouseSeed.ensureLoaded();
        }

        @Override
        String url() {
            return "jdbc:trino://127.0.0.1:%d".formatted(EngineEnvironment.trinoPort());
        }
    },
    /**
     * iceberg-archive holds orders, read from its replica {@code warehouse.orders_current} through Trino: the
     * scenarios on orders alone run on Iceberg's types (uuid, decimal, timestamp with time zone, NULL arrays).
     */
    ICEBERG("iceberg", DialectName.TRINO, DatabaseRoute.TRINO_EXECUTOR, "trino", "multidb-tests") {
        @Override
        MetadataConfig metadata() {
            return EngineVariants.onOneDatabase(TestFixture.metadata(), "iceberg-archive");
        }

        @Override
        void seed() {
            IcebergSeed.ensureLoaded();
        }

        @Override
        String url() {
            return "jdbc:trino://127.0.0.1:%d".formatted(EngineEnvironment.trinoPort());
        }

        @Override
        boolean hosts(DatabaseRoute route) {
            return route.targetDatabase().equals("iceberg-archive");
        }
    };

    private final String wireName;
    private final DialectName dialect;
    private final String executorKey;
    private final String executorType;
    private final String user;

    ScenarioEngine(String wireName, DialectName dialect, String executorKey, String executorType, String user) {
        this.wireName = wireName;
        this.dialect = dialect;
        this.executorKey = executorKey;
        this.executorType = executorType;
        this.user = user;
    }

    /** The fixture variant this engine runs on (built anew on every call). */
    abstract MetadataConfig metadata();

    /** Loads the seed this engine reads (once per JVM). */
    abstract void seed();

    abstract String url();

    /** How the engine holds a seed value of this type; the same value unless the engine cannot represent it. */
    Object stored(Object seedValue, ColumnType type) {
        return seedValue;
    }

    /** Whether a query planned on this engine's variant runs on this engine. */
    boolean hosts(DatabaseRoute route) {
        return route.executorKey().equals(executorKey);
    }

    DialectName dialect() {
        return dialect;
    }

    /** A MultiDb on this engine's variant with its one real executor; the caller closes it. */
    MultiDb open() {
        seed();
        BackendSettings settings = new BackendSettings(executorKey, executorType, url(), Optional.of(user), Optional.empty(), Optional.empty(),
                Map.of());
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.of(metadata()))
                .roleProvider(RoleProvider.of(TestFixture.roles()))
                .executor(executorKey, executor(settings))
                .build();
    }

    private static DbExecutor executor(BackendSettings settings) {
        for (DbExecutorFactory factory : ServiceLoader.load(DbExecutorFactory.class)) {
            if (factory.type().equals(settings.type())) {
                return factory.create(settings);
            }
        }
        throw new IllegalStateException("no DbExecutorFactory of type " + settings.type() + " on the test class path");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
