package com.mkven.multidb.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bound SQL parameters of a {@code QUERY_FAILED} error as JSON values and back. Parameters are whatever the dialect
 * bound (String, Integer, BigDecimal, UUID, LocalDate, Instant, lists of them, null), so they are written
 * value by value: numbers stay numbers with every digit (a BigDecimal keeps its scale), and the temporal and UUID
 * types become their ISO / canonical strings (architecture.md "Value types").
 */
final class ParamJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParamJson() {}

    static ArrayNode toJson(List<Object> params) {
        ArrayNode array = NODES.arrayNode(params.size());
        for (Object param : params) {
            array.add(toJson(param));
        }
        return array;
    }

    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return numberToJson(number);
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode(collection.size());
            for (Object element : collection) {
                array.add(toJson(element));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
            }
            return object;
        }
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        // UUID, LocalDate, Instant, OffsetDateTime …: their toString() is the canonical / ISO-8601 wire form.
        return NODES.textNode(value.toString());
    }

    private static JsonNode numberToJson(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return NODES.numberNode(number.intValue());
        }
        if (number instanceof Long) {
            return NODES.numberNode(number.longValue());
        }
        if (number instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (number instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double real = number.doubleValue();
            // JSON has no NaN or Infinity; a string keeps the body parseable and the value readable.
            return Double.isFinite(real) ? NODES.numberNode(real) : NODES.textNode(number.toString());
        }
        // Other Number types (AtomicLong, LongAdder …) print their exact decimal value.
        return NODES.numberNode(new BigDecimal(number.toString()));
    }

    /**
     * The Java value of a parameter read back from JSON: String, Boolean, the number type the JSON node holds
     * (Integer, Long, BigInteger, BigDecimal or Double), {@code null}, List or Map.
     */
    static List<Object> fromJson(JsonNode array) {
        List<Object> params = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            params.add(valueOf(element));
        }
        return Collections.unmodifiableList(params);
    }

    private static Object valueOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> null;
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> node.numberValue();
            case ARRAY -> fromJson(node);
            case OBJECT -> objectValue(node);
            case BINARY, POJO -> throw new IllegalArgumentException(
                    "Malformed error JSON: parameter of type " + node.getNodeType() + " is not a JSON value");
        };
    }

    private static Map<String, Object> objectValue(JsonNode node) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            object.put(field.getKey(), valueOf(field.getValue()));
        }
        return Collections.unmodifiableMap(object);
    }
}
