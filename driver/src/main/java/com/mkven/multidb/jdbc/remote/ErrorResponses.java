package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.error.MultiDbException;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Turns an error answer into the exception the server threw (runtime.md §11): the typed class from the body's
 * {@code code}; for a code this version does not know, or a body that is no MultiDB error (a proxy's HTML page), a
 * plain {@link MultiDbException} whose message carries the HTTP status (runtime.md §13).
 */
final class ErrorResponses {
    /** Code of an answer that is not a MultiDB error body. */
    static final String HTTP_ERROR = "HTTP_ERROR";
    /** Code of a success answer whose body is not what the endpoint promises. */
    static final String INVALID_RESPONSE = "INVALID_RESPONSE";
    // Enough of a foreign body to recognise it in a log; a whole HTML page is not.
    private static final int SNIPPET_CHARS = 200;

    private ErrorResponses() {}

    static MultiDbException rebuild(int status, String body, String url) {
        Optional<JsonNode> json = parse(body);
        return json.isPresent() ? rebuild(status, json.get(), body, url) : foreign(status, body, url);
    }

    /** @param body the text {@code json} came from, quoted when {@code json} is no MultiDB error */
    static MultiDbException rebuild(int status, JsonNode json, String body, String url) {
        if (!json.isObject() || !json.path("code").isTextual() || !json.path("message").isTextual()) {
            return foreign(status, body, url);
        }
        MultiDbException error;
        try {
            error = MultiDbException.fromJson(json);
        } catch (IllegalArgumentException malformed) {
            return foreign(status, body, url);
        }
        if (error.errorCode().isPresent()) {
            return error;
        }
        return new MultiDbException(error.code(), "HTTP " + status + ": " + error.getMessage(),
                Optional.ofNullable(error.getCause()));
    }

    static MultiDbException invalidResponse(String url, String expected, RuntimeException problem) {
        return new MultiDbException(INVALID_RESPONSE, "The answer of " + url + " is not " + expected + ": "
                + problem.getMessage(), Optional.of(problem));
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.of(ResponseJson.readTree(body));
        } catch (UncheckedIOException notJson) {
            return Optional.empty();
        }
    }

    private static MultiDbException foreign(int status, String body, String url) {
        String snippet = body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + "…" : body;
        return new MultiDbException(HTTP_ERROR, "HTTP " + status + " from " + url
                + (snippet.isBlank() ? "" : ": " + snippet.strip()));
    }
}
