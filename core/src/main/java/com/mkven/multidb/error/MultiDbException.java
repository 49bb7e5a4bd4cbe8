package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Root of every MultiDB error ({@code MultiDbError} in the spec). Each error carries a machine-readable
 * {@link #code()} and serialises to the JSON error body of query.md §12 through {@link #toJson()}; {@link #fromJson}
 * rebuilds the typed exception from such a body.
 *
 * <p>Errors MultiDB raises itself are always one of the six subclasses. This class is used as it is only for a code
 * this version does not know, e.g. an error body from a newer server; it therefore refuses the codes of
 * {@link ErrorCode}, whose errors must carry the typed details of their subclass.
 */
public class MultiDbException extends RuntimeException {
    static final String ERROR_NAME = "MultiDbError";

    private final String code;

    public MultiDbException(String code, String message) {
        this(code, message, Optional.empty());
    }

    public MultiDbException(String code, String message, Optional<Throwable> cause) {
        super(requireNonNull(message, "message is null"), requireNonNull(cause, "cause is null").orElse(null));
        this.code = unknownCode(code);
    }

    MultiDbException(ErrorCode code, String message, Optional<Throwable> cause) {
        // RuntimeException(message, null) fixes the cause: a later initCause() cannot change what toJson() writes.
        super(requireNonNull(message, "message is null"), requireNonNull(cause, "cause is null").orElse(null));
        this.code = requireNonNull(code, "code is null").name();
    }

    private static String unknownCode(String code) {
        requireNonNull(code, "code is null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank");
        }
        ErrorCode.fromWire(code).ifPresent(known -> {
            throw new IllegalArgumentException("Code " + code + " belongs to " + known.category().errorName()
                    + "; throw the matching MultiDbException subclass with its details");
        });
        return code;
    }

    /** The machine-readable code, e.g. {@code "VALIDATION_FAILED"}. */
    public String code() {
        return code;
    }

    /** The code as an {@link ErrorCode}; empty only for a code this version does not know. */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.fromWire(code);
    }

    /** The status an HTTP server answers this error with (query.md §12.2); 500 for an unknown code. */
    public int httpStatus() {
        return errorCode().map(ErrorCode::httpStatus).orElse(500);
    }

    /** The {@code name} field of the JSON body: {@code "MultiDbError"} here, {@code "ConfigError"} etc. in subclasses. */
    public String errorName() {
        return ERROR_NAME;
    }

    /**
     * The JSON error body: {@code name}, {@code code}, {@code message}, the subclass's own fields ({@code fromTable},
     * {@code errors}, {@code details}) and the {@code cause} chain, serialised recursively (decisions.md §7).
     */
    public final ObjectNode toJson() {
        return new ThrowableJson().write(this);
    }

    /**
     * Rebuilds the typed exception from a body written by {@link #toJson()}, chosen by its {@code code}; an unknown
     * code gives a plain {@code MultiDbException} with that code and message. Causes that are not MultiDB errors come
     * back as {@link RemoteCause}. Unknown fields are ignored, so a newer server's additions do not break an older
     * client.
     *
     * @throws IllegalArgumentException if the body is not an object or lacks a field its code requires
     */
    public static MultiDbException fromJson(JsonNode json) {
        return ErrorJsonReader.read(json);
    }

    /** Everything of the body but the cause, which {@link ThrowableJson} appends. */
    final ObjectNode toJsonWithoutCause(ThrowableJson throwables) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", errorName());
        json.put("code", code);
        json.put("message", getMessage());
        writeOwnFields(json, throwables);
        return json;
    }

    /** Adds the subclass's own fields; a plain MultiDbException has none. */
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {}
}
