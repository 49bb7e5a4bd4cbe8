package com.mkven.multidb.tck.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.tck.seed.PostgresSeed;
import com.mkven.multidb.tck.seed.RedisSeed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A driver config file for the seeded engines: the shared fixture's metadata and roles, PostgreSQL executors for
 * {@code pg-main} and {@code pg-tenant} and the Redis cache. Ports come from the same environment variables as the
 * engine scripts, through the config file's own {@code ${VAR:-default}} substitution.
 */
public final class JdbcFixture {
    private JdbcFixture() {}

    static void seed() {
        PostgresSeed.ensureLoaded();
        RedisSeed.ensureLoaded();
    }

    public static ObjectNode document() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("metadata", MultiDbJson.readTree(TestFixture.metadataJson()));
        document.set("roles", MultiDbJson.readTree(TestFixture.rolesJson()));
        ObjectNode executors = document.putObject("executors");
        postgres(executors.putObject("pg-main"), "pg_main");
        postgres(executors.putObject("pg-tenant"), "pg_tenant");
        document.putObject("caches").putObject("redis-main").put("type", "redis").put("url", "redis://127.0.0.1:${MULTIDB_REDIS_PORT:-6379}");
        return document;
    }

    private static void postgres(ObjectNode executor, String database) {
        executor.put("type", "postgres")
                .put("url", "jdbc:postgresql://127.0.0.1:${MULTIDB_PG_PORT:-5432}/" + database)
                .put("user", "postgres");
    }

    public static Path write(Path folder, JsonNode document) {
        try {
            Path file = Files.createTempFile(folder, "multidb-", ".json");
            Files.writeString(file, MultiDbJson.write(document), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(Path config, String properties) {
        return "jdbc:multidb:file:" + config + (properties.isEmpty() ? "" : "?" + properties);
    }
}
