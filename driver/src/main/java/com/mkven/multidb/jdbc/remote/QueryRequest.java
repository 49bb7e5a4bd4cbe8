package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The body of {@code POST /query} and {@code POST /validate/query}: {@code { definition, context }}, plus this
 * project's optional {@code timeoutMs}, a per-statement limit the server hands to its executors (the remote JDBC
 * {@code setQueryTimeout}), so a statement that runs too long is stopped in the database, not only abandoned by the
 * client, and its optional {@code requestId}, under which the same caller can stop the statement with
 * {@code POST /cancel} ({@link CancelRequest}) while the server still works towards its first row.
 */
public record QueryRequest(
        @JsonProperty(required = true) QueryDefinition definition,
        @JsonProperty(required = true) ExecutionContext context,
        Optional<Long> timeoutMs,
        Optional<String> requestId) {
    public QueryRequest {
        requireNonNull(definition, "definition is null");
        requireNonNull(context, "context is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        timeoutMs.ifPresent(value -> {
            if (value <= 0) {
                throw new IllegalArgumentException("timeoutMs must be positive: " + value);
            }
        });
        requireNonNull(requestId, "requestId is null").ifPresent(CancelRequest::checkRequestId);
    }

    /** The spec's request, without a statement time limit. */
    public QueryRequest(QueryDefinition definition, ExecutionContext context) {
        this(definition, context, Optional.empty());
    }

    /** A request with a statement time limit and no request id. */
    public QueryRequest(QueryDefinition definition, ExecutionContext context, Optional<Long> timeoutMs) {
        this(definition, context, timeoutMs, Optional.empty());
    }

    /** This request under an id that {@code POST /cancel} can name. */
    public QueryRequest withRequestId(String requestId) {
        return new QueryRequest(definition, context, timeoutMs, Optional.of(requestId));
    }
}
