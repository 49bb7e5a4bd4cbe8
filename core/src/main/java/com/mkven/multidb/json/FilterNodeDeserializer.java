package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;

import java.io.IOException;

/**
 * Tells filter variants apart by their shape (query.md §4): {@code logic} → group,
 * {@code refColumn} → column filter, {@code exists}/{@code count} or a {@code table} without a
 * {@code column} → EXISTS filter, anything else → plain filter.
 */
public final class FilterNodeDeserializer extends StdDeserializer<FilterNode> {
    public FilterNodeDeserializer() {
        super(FilterNode.class);
    }

    @Override
    public FilterNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (FilterNode) context.handleUnexpectedToken(FilterNode.class, parser.currentToken(), parser,
                    "a filter must be a JSON object, not %s", describe(parser.currentToken()));
        }
        JsonNode node = context.readTree(parser);
        return context.readTreeAsValue(node, variantOf(node));
    }

    static Class<? extends FilterNode> variantOf(JsonNode node) {
        if (node.has("logic")) {
            return QueryFilterGroup.class;
        }
        if (node.has("refColumn")) {
            return QueryColumnFilter.class;
        }
        if (node.has("exists") || node.has("count") || (node.has("table") && !node.has("column"))) {
            return QueryExistsFilter.class;
        }
        return QueryFilter.class;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
