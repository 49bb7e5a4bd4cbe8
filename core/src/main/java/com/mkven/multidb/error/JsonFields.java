package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed, path-aware access to one JSON object of an error body. A malformed body fails with an
 * {@link IllegalArgumentException} that names the offending field (e.g. {@code details.database}), so whoever
 * rebuilds a remote error can tell the user what the server sent wrong. {@code null} and absent count as the same.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields root(JsonNode node) {
        requireNonNull(node, "json is null");
        if (!node.isObject()) {
            throw new IllegalArgumentException(
                    "Malformed error JSON: expected an object but got " + node.getNodeType());
        }
        return new JsonFields(node, "");
    }

    String text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalText(String name) {
        return value(name).map(value -> {
            if (!value.isTextual()) {
                throw malformed(name, "a string", value);
            }
            return value.textValue();
        });
    }

    long longValue(String name) {
        return optionalLong(name).orElseThrow(() -> missing(name));
    }

    Optional<Long> optionalLong(String name) {
        return value(name).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw malformed(name, "an integer", value);
            }
            return value.longValue();
        });
    }

    Optional<Integer> optionalInt(String name) {
        return value(name).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw malformed(name, "an integer", value);
            }
            return value.intValue();
        });
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return enumValue(name, type, Enum::name);
    }

    /** The constant whose wire form, given by {@code wireName}, is the field's text. */
    <E extends Enum<E>> E enumValue(String name, Class<E> type, Function<E, String> wireName) {
        String text = text(name);
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(
                "Malformed error JSON: '" + pathOf(name) + "' has unknown value '" + text + "'");
    }

    List<String> texts(String name) {
        JsonNode array = array(name);
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                throw malformed(name + "[" + i + "]", "a string", element);
            }
            texts.add(element.textValue());
        }
        return texts;
    }

    JsonNode array(String name) {
        JsonNode value = value(name).orElseThrow(() -> missing(name));
        if (!value.isArray()) {
            throw malformed(name, "an array", value);
        }
        return value;
    }

    List<JsonFields> objects(String name) {
        JsonNode array = array(name);
        List<JsonFields> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            objects.add(nested(name + "[" + i + "]", array.get(i)));
        }
        return objects;
    }

    /** The nested object, or an empty one when absent: the spec's {@code details} objects hold only optional fields. */
    JsonFields objectOrEmpty(String name) {
        return optionalObject(name)
                .orElseGet(() -> new JsonFields(JsonNodeFactory.instance.objectNode(), pathOf(name)));
    }

    Optional<JsonFields> optionalObject(String name) {
        return value(name).map(value -> nested(name, value));
    }

    private JsonFields nested(String name, JsonNode value) {
        if (!value.isObject()) {
            throw malformed(name, "an object", value);
        }
        return new JsonFields(value, pathOf(name));
    }

    private Optional<JsonNode> value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("Malformed error JSON: '" + pathOf(name) + "' is missing");
    }

    private IllegalArgumentException malformed(String name, String expected, JsonNode actual) {
        return new IllegalArgumentException("Malformed error JSON: '" + pathOf(name) + "' must be " + expected
                + " but is " + actual.getNodeType());
    }
}
