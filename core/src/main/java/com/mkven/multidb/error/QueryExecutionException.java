package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * {@code ExecutionError}: running the planned query failed — no executor or cache provider for the target, a driver
 * error ({@code QUERY_FAILED}, the driver's exception as cause) or a timeout. The code follows from the
 * {@link ExecutionDetails} variant.
 */
public final class QueryExecutionException extends MultiDbException {
    private final ExecutionDetails details;

    public QueryExecutionException(ExecutionDetails details) {
        this(requireNonNull(details, "details is null").describe(), details, Optional.empty());
    }

    /** With the failure behind it, e.g. the driver's exception; its message is appended to the description. */
    public QueryExecutionException(ExecutionDetails details, Throwable cause) {
        this(message(details, cause), details, Optional.of(cause));
    }

    /** With the message given, as when the error is rebuilt from a server's answer. */
    public QueryExecutionException(String message, ExecutionDetails details, Optional<Throwable> cause) {
        super(requireNonNull(details, "details is null").code(), message, cause);
        this.details = details;
    }

    private static String message(ExecutionDetails details, Throwable cause) {
        requireNonNull(details, "details is null");
        requireNonNull(cause, "cause is null");
        return cause.getMessage() == null ? details.describe() : details.describe() + ": " + cause.getMessage();
    }

    public ExecutionDetails details() {
        return details;
    }

    @Override
    public String errorName() {
        return ErrorCategory.EXECUTION.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        ObjectNode detailsJson = details.toJson();
        // The spec's QUERY_FAILED details carry the driver error as details.cause as well as the top-level cause.
        if (details instanceof ExecutionDetails.QueryFailed && getCause() != null) {
            detailsJson.set("cause", throwables.write(getCause()));
        }
        json.set("details", detailsJson);
    }
}
