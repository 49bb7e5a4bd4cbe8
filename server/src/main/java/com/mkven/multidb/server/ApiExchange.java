package com.mkven.multidb.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.json.MultiDbJson;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** One request as an endpoint sees it: who sent it, its JSON body, and the ways to answer. */
final class ApiExchange {
    private static final String JSON = "application/json";

    private final HttpExchange exchange;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private boolean answered;

    ApiExchange(HttpExchange exchange, Caller caller, ObjectMapper mapper, int maxBodyBytes) {
        this.exchange = requireNonNull(exchange, "exchange is null");
        this.caller = requireNonNull(caller, "caller is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.maxBodyBytes = maxBodyBytes;
    }

    Caller caller() {
        return caller;
    }

    /**
     * Reads the body as a {@code type}, strictly ({@link MultiDbJson}). A body over the limit is refused from its
     * {@code Content-Length} without reading it, or as soon as more than the limit has arrived.
     *
     * @throws RequestRejected 413 or 415
     * @throws InvalidJsonException 400, with the JSON path of the problem
     */
    <T> T body(Class<T> type) throws IOException {
        Optional<String> contentType = header("Content-Type");
        if (contentType.isPresent() && !mediaType(contentType.get()).equals(JSON)) {
            throw RequestRejected.unsupportedMediaType(contentType.get());
        }
        Optional<String> length = header("Content-Length");
        if (length.isPresent() && declaredLength(length.get()) > maxBodyBytes) {
            throw RequestRejected.tooLarge(maxBodyBytes);
        }
        // not closed here: closing reads the rest of an oversized body before the 413 could go out
        byte[] bytes = exchange.getRequestBody().readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            throw RequestRejected.tooLarge(maxBodyBytes);
        }
        return MultiDbJson.read(utf8(bytes), type);
    }

    /** Answers with a small JSON document, sent with its length. */
    void reply(int status, Object body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        answered = true;
        JsonAnswers.send(exchange, status, bytes, Map.of());
    }

    /**
     * Answers 200 with a document of any size, written by the JSON generator straight into the chunked response:
     * nothing is rendered to a buffer first.
     */
    void replyStreamed(JsonBody body) throws IOException {
        answered = true;
        JsonAnswers.start(exchange, 200, 0, Map.of());
        try (OutputStream out = exchange.getResponseBody();
             JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            body.writeTo(generator);
        }
    }

    /** A document written piece by piece. */
    @FunctionalInterface
    interface JsonBody {
        void writeTo(JsonGenerator json) throws IOException;
    }

    /** Whether the status line has gone out: after that, a failure can only cut the answer short. */
    boolean answered() {
        return answered;
    }

    private Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            // the HTTP server itself refuses such a request before a handler runs; nothing to trust here
            return Long.MAX_VALUE;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidJsonException("$", "the body is not valid UTF-8", Optional.empty());
        }
    }
}
