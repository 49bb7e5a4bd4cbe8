package com.mkven.multidb.tck.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TrinoSettings;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.tck.engine.PostgresFixtureEngine;
import com.mkven.multidb.tck.jdbc.JdbcFixture;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one configuration every implementation of the contract runs on: the shared fixture on the seeded PostgreSQL
 * databases and Redis, with Trino switched off (decisions.md §20: a variant built in the test). The suite runs
 * without a Trino executor, so a cross-database query shows the planner's {@code TRINO_DISABLED} instead of failing
 * for a missing executor.
 */
public final class ContractFixture {
    private ContractFixture() {}

    public static void seed() {
        PostgresFixtureEngine.seed();
    }

    public static MetadataConfig metadata() {
        MetadataConfig fixture = TestFixture.metadata();
        return new MetadataConfig(fixture.databases(), fixture.tables(), fixture.caches(), fixture.externalSyncs(),
                Optional.of(new TrinoSettings(false)));
    }

    /** An engine on pg-main, pg-tenant and redis-main. */
    public static MultiDb engine() {
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.of(metadata()))
                .roleProvider(RoleProvider.of(TestFixture.roles()))
                .executor("pg-main", PostgresFixtureEngine.postgres("pg_main"))
                .executor("pg-tenant", PostgresFixtureEngine.postgres("pg_tenant"))
                .cacheProvider("redis-main", PostgresFixtureEngine.redis())
                .build();
    }

    /** A server over its own {@link #engine()} on a free loopback port, without users: the request's roles decide. */
    public static MultiDbServer server() {
        return new MultiDbServer(engine(), ServerConfig.defaults().withPort(0)).start();
    }

    /** The driver's config file with the same backends and metadata, written into {@code folder}. */
    public static Path configFile(Path folder) {
        ObjectNode document = JdbcFixture.document();
        document.set("metadata", MultiDbJson.toTree(metadata()));
        return JdbcFixture.write(folder, document);
    }
}
