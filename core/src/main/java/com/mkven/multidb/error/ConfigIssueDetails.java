package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What a config issue points at (metadata.md §13): the offending {@code entity} (table, column, sync or cache), the
 * {@code field}, what was {@code expected} and what was found ({@code actual}), the {@code database} involved and the
 * failing {@code cacheId}. Every field is optional; start from {@link #empty()} and add what applies:
 * {@code ConfigIssueDetails.empty().withEntity("orders").withField("apiName").withActual("Order_Items")}.
 */
public record ConfigIssueDetails(
        Optional<String> entity,
        Optional<String> field,
        Optional<String> expected,
        Optional<String> actual,
        Optional<String> database,
        Optional<String> cacheId) {
    private static final ConfigIssueDetails EMPTY = new ConfigIssueDetails(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ConfigIssueDetails {
        requireNonNull(entity, "entity is null");
        requireNonNull(field, "field is null");
        requireNonNull(expected, "expected is null");
        requireNonNull(actual, "actual is null");
        requireNonNull(database, "database is null");
        requireNonNull(cacheId, "cacheId is null");
    }

    public static ConfigIssueDetails empty() {
        return EMPTY;
    }

    public ConfigIssueDetails withEntity(String entity) {
        return new ConfigIssueDetails(present(entity, "entity"), field, expected, actual, database, cacheId);
    }

    public ConfigIssueDetails withField(String field) {
        return new ConfigIssueDetails(entity, present(field, "field"), expected, actual, database, cacheId);
    }

    public ConfigIssueDetails withExpected(String expected) {
        return new ConfigIssueDetails(entity, field, present(expected, "expected"), actual, database, cacheId);
    }

    public ConfigIssueDetails withActual(String actual) {
        return new ConfigIssueDetails(entity, field, expected, present(actual, "actual"), database, cacheId);
    }

    public ConfigIssueDetails withDatabase(String database) {
        return new ConfigIssueDetails(entity, field, expected, actual, present(database, "database"), cacheId);
    }

    public ConfigIssueDetails withCacheId(String cacheId) {
        return new ConfigIssueDetails(entity, field, expected, actual, database, present(cacheId, "cacheId"));
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        entity.ifPresent(value -> json.put("entity", value));
        field.ifPresent(value -> json.put("field", value));
        expected.ifPresent(value -> json.put("expected", value));
        actual.ifPresent(value -> json.put("actual", value));
        database.ifPresent(value -> json.put("database", value));
        cacheId.ifPresent(value -> json.put("cacheId", value));
        return json;
    }

    static ConfigIssueDetails fromJson(JsonFields json) {
        return new ConfigIssueDetails(
                json.optionalText("entity"),
                json.optionalText("field"),
                json.optionalText("expected"),
                json.optionalText("actual"),
                json.optionalText("database"),
                json.optionalText("cacheId"));
    }

    private static Optional<String> present(String value, String name) {
        return Optional.of(requireNonNull(value, name + " is null"));
    }
}
