package com.mkven.multidb.tck.engine;

import com.mkven.multidb.cache.redis.RedisCacheConfig;
import com.mkven.multidb.cache.redis.RedisCacheProvider;
import com.mkven.multidb.engine.MultiDbBuilder;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.executor.clickhouse.ClickHouseExecutor;
import com.mkven.multidb.executor.clickhouse.ClickHouseExecutorConfig;
import com.mkven.multidb.executor.postgres.PostgresExecutor;
import com.mkven.multidb.executor.postgres.PostgresExecutorConfig;
import com.mkven.multidb.executor.trino.TrinoExecutor;
import com.mkven.multidb.executor.trino.TrinoExecutorConfig;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.tck.seed.EngineEnvironment;
import com.mkven.multidb.tck.seed.PostgresSeed;
import com.mkven.multidb.tck.seed.RedisSeed;

/** The fixture engine on the real PostgreSQL databases and Redis, seeded, and the executors of the other engines. */
public final class PostgresFixtureEngine {
    private PostgresFixtureEngine() {}

    public static void seed() {
        PostgresSeed.ensureLoaded();
        RedisSeed.ensureLoaded();
    }

    public static PostgresExecutor postgres(String database) {
        return new PostgresExecutor(PostgresExecutorConfig.of(EngineEnvironment.postgresUrl(database), "postgres"));
    }

    public static ClickHouseExecutor clickHouse() {
        return new ClickHouseExecutor(ClickHouseExecutorConfig.of("jdbc:clickhouse://127.0.0.1:" + EngineEnvironment.clickHousePort()));
    }

    public static TrinoExecutor trino() {
        return new TrinoExecutor(TrinoExecutorConfig.of("jdbc:trino://127.0.0.1:" + EngineEnvironment.trinoPort()));
    }

    public static RedisCacheProvider redis() {
        return new RedisCacheProvider(RedisCacheConfig.of(RedisSeed.uri()));
    }

    /** Metadata and roles of the fixture, with no backends yet. */
    static MultiDbBuilder builder() {
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.of(TestFixture.metadata()))
                .roleProvider(RoleProvider.of(TestFixture.roles()));
    }

    /** pg-main, pg-tenant and redis-main, all real. */
    static MultiDbBuilder withBackends() {
        return builder()
                .executor("pg-main", postgres("pg_main"))
                .executor("pg-tenant", postgres("pg_tenant"))
                .cacheProvider("redis-main", redis());
    }
}
