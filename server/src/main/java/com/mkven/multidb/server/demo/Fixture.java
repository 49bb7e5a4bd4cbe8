package com.mkven.multidb.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The shared fixture of fixture.md as the server jar ships it (under {@code /fixture}, from the repository's one
 * {@code fixture/} folder): metadata, roles, seed rows and the PostgreSQL DDL of {@code pg_main} and
 * {@code pg_tenant}.
 */
public final class Fixture {
    private static final String FOLDER = "/fixture/";

    private final JsonNode metadataJson;
    private final JsonNode rolesJson;
    private final MetadataConfig metadata;
    private final JsonNode seed;

    private Fixture(JsonNode metadataJson, JsonNode rolesJson, JsonNode seed) {
        this.metadataJson = requireNonNull(metadataJson, "metadataJson is null");
        this.rolesJson = requireNonNull(rolesJson, "rolesJson is null");
        this.metadata = MultiDbJson.read(metadataJson, MetadataConfig.class);
        this.seed = requireNonNull(seed, "seed is null");
    }

    /** @throws IllegalStateException when a fixture file is not on the class path (a jar built without it) */
    public static Fixture load() {
        return new Fixture(MultiDbJson.readTree(resource("metadata.json")), MultiDbJson.readTree(resource("roles.json")),
                MultiDbJson.readTree(resource("seed.json")));
    }

    /** {@code metadata.json} as a JSON tree, for a config file. */
    public JsonNode metadataJson() {
        return metadataJson.deepCopy();
    }

    /** {@code roles.json} as a JSON tree, for a config file. */
    public JsonNode rolesJson() {
        return rolesJson.deepCopy();
    }

    /** The DDL that drops and creates the fixture tables of a PostgreSQL database ({@code pg_main}, {@code pg_tenant}). */
    public String postgresDdl(String database) {
        requireNonNull(database, "database is null");
        return resource("postgres-" + database + ".sql");
    }

    /**
     * Every physical table a database holds, with its seed rows: the fixture tables of that database, then the
     * replicas whose target it is (a replica holds the same rows as its source).
     */
    public List<FixtureTable> tablesIn(String databaseId) {
        requireNonNull(databaseId, "databaseId is null");
        List<FixtureTable> tables = new ArrayList<>();
        for (TableMeta table : metadata.tables()) {
            if (table.database().equals(databaseId)) {
                tables.add(new FixtureTable(table.physicalName(), table, rows(table)));
            }
        }
        for (ExternalSync sync : metadata.externalSyncs()) {
            if (sync.targetDatabase().equals(databaseId)) {
                TableMeta source = table(sync.sourceTable());
                tables.add(new FixtureTable(sync.targetPhysicalName(), source, rows(source)));
            }
        }
        return tables;
    }

    private TableMeta table(String tableId) {
        for (TableMeta table : metadata.tables()) {
            if (table.id().equals(tableId)) {
                return table;
            }
        }
        throw new IllegalStateException("fixture metadata has no table " + tableId);
    }

    private List<JsonNode> rows(TableMeta table) {
        List<JsonNode> rows = new ArrayList<>();
        seed.path(table.id()).forEach(rows::add);
        return rows;
    }

    private static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture file missing from the class path: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture file " + FOLDER + name, e);
        }
    }
}
