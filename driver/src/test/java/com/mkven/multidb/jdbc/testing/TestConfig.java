package com.mkven.multidb.jdbc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.json.MultiDbJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A config file in a temporary folder: the shared fixture's metadata and roles, with scripted executors for
 * {@code pg-main} and {@code pg-tenant}. Every config gets its own executor URLs, so each test has its own engine.
 */
public record TestConfig(Path file, String executorUrl) {
    /** The fixture with scripted executors; tests derive variants from {@link #document}. */
    public static TestConfig create(Path folder) {
        String executorUrl = "scripted:" + UUID.randomUUID();
        return new TestConfig(write(folder, document(executorUrl)), executorUrl);
    }

    public static ObjectNode document(String executorUrl) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("metadata", MultiDbJson.readTree(TestFixture.metadataJson()));
        document.set("roles", MultiDbJson.readTree(TestFixture.rolesJson()));
        ObjectNode executors = document.putObject("executors");
        executors.putObject("pg-main").put("type", "scripted").put("url", executorUrl + "/pg-main");
        executors.putObject("pg-tenant").put("type", "scripted").put("url", executorUrl + "/pg-tenant");
        return document;
    }

    public static Path write(Path folder, JsonNode document) {
        return write(folder, MultiDbJson.write(document));
    }

    public static Path write(Path folder, String text) {
        try {
            Path file = Files.createTempFile(folder, "multidb-", ".json");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl(String query) {
        return "jdbc:multidb:file:" + file + (query.isEmpty() ? "" : "?" + query);
    }

    public ScriptedExecutor pgMain() {
        return ScriptedExecutorFactory.executor(executorUrl + "/pg-main");
    }
}
