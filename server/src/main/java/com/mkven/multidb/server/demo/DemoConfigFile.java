package com.mkven.multidb.server.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.server.demo.EmbeddedFixtureDatabase.FixtureDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * The driver's config file for the demo (jdbc.md "Config file"): the fixture's metadata and roles, and one
 * {@code postgres} executor per fixture database of the embedded server. ClickHouse, Iceberg, Trino and Redis have
 * no executor: queries planned for them can still be shown with {@code EXPLAIN}, which runs nothing.
 */
public final class DemoConfigFile {
    private static final String FILE_NAME = "multidb-demo.json";

    private DemoConfigFile() {}

    /** Writes {@value #FILE_NAME} into {@code folder} and returns its path. */
    public static Path write(Path folder, Fixture fixture, EmbeddedFixtureDatabase database) {
        requireNonNull(folder, "folder is null");
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.set("metadata", fixture.metadataJson());
        config.set("roles", fixture.rolesJson());
        ObjectNode executors = config.putObject("executors");
        for (FixtureDatabase fixtureDatabase : EmbeddedFixtureDatabase.DATABASES) {
            executors.putObject(fixtureDatabase.id())
                    .put("type", "postgres")
                    .put("url", database.jdbcUrl(fixtureDatabase))
                    .put("user", EmbeddedFixtureDatabase.USER);
        }
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.writeString(file, MultiDbJson.write(config), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo config file " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
