package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.mkven.multidb.json.JsonLimits;
import com.mkven.multidb.json.MultiDbJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the server's answers with the engine's codec minus its size limits: those guard the server against hostile
 * requests, while an answer is as large as the result the caller asked for, and a text column may hold more than a
 * request string ever should. The nesting limit stays.
 */
final class ResponseJson {
    private static final ObjectMapper MAPPER = createMapper();

    private ResponseJson() {}

    /** @throws UncheckedIOException if the text is not JSON */
    static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parser for an answer read as it arrives; values it reads are decoded as {@link #read} decodes them. */
    static JsonParser parser(InputStream answer) throws IOException {
        return MAPPER.createParser(answer);
    }

    /**
     * A reader of one member of a larger answer, for {@code reader.readValue(parser)} at that member: what follows it is
     * the rest of the answer, not trailing garbage. Build it once: a reader per value would cost more than the value.
     */
    static ObjectReader memberReader(TypeReference<?> type) {
        return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** @throws IllegalArgumentException if the tree is not a {@code type} */
    static <T> T read(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = MultiDbJson.mapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                .maxStringLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .build());
        return mapper;
    }
}
