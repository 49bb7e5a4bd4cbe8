package com.mkven.multidb.error;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A JSON document that is not a valid instance of the expected wire type: malformed JSON, an
 * unknown field, a missing required field, a wrong JSON type, or a document over the limits.
 * Not one of the spec's error classes: the spec starts from typed objects, but every entry point
 * that reads JSON (HTTP, JDBC JSON statements, config files) needs a typed answer for bad input.
 *
 * @see #path()
 */
public final class InvalidJsonException extends MultiDbException {
    private final String path;
    private final String problem;

    public InvalidJsonException(String path, String problem, Optional<Throwable> cause) {
        this("Invalid JSON at %s: %s".formatted(path, problem), path, problem, cause);
    }

    InvalidJsonException(String message, String path, String problem, Optional<Throwable> cause) {
        super(ErrorCode.INVALID_JSON, message, cause);
        this.path = requireNonNull(path, "path is null");
        this.problem = requireNonNull(problem, "problem is null");
    }

    /** Where the problem is, as {@code $.filters[0].operator} ({@code $} = the document). */
    public String path() {
        return path;
    }

    /** What is wrong there, without the path. */
    public String problem() {
        return problem;
    }

    @Override
    public String errorName() {
        return ErrorCategory.REQUEST.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        json.put("path", path);
        json.put("problem", problem);
    }
}
