package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;

import java.io.IOException;
import java.util.List;

/** The {@code '*' | T[]} shape shared by role grants. */
final class WildcardOrList {
    private WildcardOrList() {}

    static boolean isWildcard(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_STRING && "*".equals(parser.getText());
    }

    static <T> List<T> readList(JsonParser parser, DeserializationContext context, Class<?> target, Class<T> elementType, String what) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            context.reportInputMismatch(target, "expected '*' or a list of %s", what);
        }
        JavaType listType = context.getTypeFactory().constructCollectionType(List.class, elementType);
        return context.readValue(parser, listType);
    }
}
