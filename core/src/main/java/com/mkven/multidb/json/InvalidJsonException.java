package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonProcessingException;

import static java.util.Objects.requireNonNull;

/**
 * A JSON document that is not a valid instance of the expected wire type: malformed JSON, an
 * unknown field, a missing required field, a wrong JSON type or a document over the limits.
 * {@link #path()} names where, as {@code $.filters[0].operator}.
 */
public final class InvalidJsonException extends RuntimeException {
    private final String path;
    private final String problem;

    InvalidJsonException(String path, String problem, Throwable cause) {
        super("Invalid JSON at %s: %s".formatted(path, problem), cause);
        this.path = requireNonNull(path, "path is null");
        this.problem = requireNonNull(problem, "problem is null");
    }

    static InvalidJsonException from(JsonProcessingException exception, Class<?> target) {
        return new InvalidJsonException(JsonErrorText.path(exception), JsonErrorText.problem(exception), exception);
    }

    static InvalidJsonException from(IllegalArgumentException exception, Class<?> target) {
        if (exception.getCause() instanceof JsonProcessingException processing) {
            return from(processing, target);
        }
        return new InvalidJsonException("$", exception.getMessage(), exception);
    }

    static InvalidJsonException tooLarge(int length) {
        return new InvalidJsonException("$", "document of %d characters exceeds the limit of %d".formatted(length, JsonLimits.MAX_DOCUMENT_CHARS), null);
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
