package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Function;

/**
 * One executor or cache provider that failed its start-up ping or its {@code close()} (runtime.md §2, §7).
 *
 * @param id the registration key: a {@code DatabaseMeta.id}, {@code "trino"} or a {@code CacheMeta.id}
 * @param engine {@code postgres}, {@code clickhouse}, {@code trino} or {@code redis}, when known
 * @param cause the original failure
 */
public record UnreachableProvider(String id, BackendKind type, Optional<String> engine, Optional<Throwable> cause) {
    public UnreachableProvider {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(engine, "engine is null");
        requireNonNull(cause, "cause is null");
    }

    ObjectNode toJson(Function<Throwable, ObjectNode> throwableWriter) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("type", type.wireName());
        engine.ifPresent(value -> json.put("engine", value));
        cause.ifPresent(value -> json.set("cause", throwableWriter.apply(value)));
        return json;
    }

    static UnreachableProvider fromJson(JsonFields json) {
        return new UnreachableProvider(
                json.text("id"),
                json.enumValue("type", BackendKind.class, BackendKind::wireName),
                json.optionalText("engine"),
                json.optionalObject("cause").map(ErrorJsonReader::readCause));
    }
}
