package com.mkven.multidb.tck.seed;

import com.mkven.multidb.server.demo.FixtureTable;
import com.mkven.multidb.server.demo.PostgresRowWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the fixture schema in {@code pg_main} and {@code pg_tenant} and loads the seed rows,
 * once per test JVM (the DDL drops and recreates, so a run starts from the seed every time), plus
 * the test-only copies of {@link TableCopies} that pg_main holds.
 */
public final class PostgresSeed {
    private static final Object LOCK = new Object();
    private static boolean loaded;

    private PostgresSeed() {}

    /** Loads both fixture databases unless this JVM already did. */
    public static void ensureLoaded() {
        synchronized (LOCK) {
            if (loaded) {
                return;
            }
            SeedData seed = new SeedData();
            load("pg_main", "pg-main", seed);
            load("pg_tenant", "pg-tenant", seed);
            loaded = true;
        }
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(EngineEnvironment.postgresUrl(database), "postgres", "");
    }

    private static void load(String database, String databaseId, SeedData seed) {
        try (Connection connection = connect(database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(ddl("/fixture/postgres-" + database + ".sql"));
            }
            for (SeedTable table : seed.tablesIn(databaseId)) {
                insert(connection, table);
            }
            List<SeedTable> copies = seed.copiesIn(databaseId);
            if (!copies.isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(ddl("/engines/postgres-" + database + "-copies.sql"));
                }
                for (SeedTable table : copies) {
                    insert(connection, table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed PostgreSQL database " + database + " on port " + EngineEnvironment.postgresPort()
                    + " (is it running? scripts/engines up pg): " + e.getMessage(), e);
        }
    }

    /** The writer the demo loads its embedded PostgreSQL with: one way of turning seed rows into PostgreSQL rows. */
    private static void insert(Connection connection, SeedTable table) throws SQLException {
        PostgresRowWriter.insert(connection, new FixtureTable(table.physicalName(), table.table(), table.rows()));
    }

    static String ddl(String resource) {
        try (InputStream in = PostgresSeed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing DDL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
