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
 * client.
 */
public record QueryRequest(
        @JsonProperty(required = true) QueryDefinition definition,
        @JsonProperty(required = true) ExecutionContext context,
        Optional<Long> timeoutMs) {
    public QueryRequest {
        requireNonNull(definition, "definition is null");
        requireNonNull(context, "context is null");
        requireNonNull(timeoutMs, "timeoutMs is null");
        timeoutMs.ifPresent(value -> {
            if (value <= 0) {
                throw new IllegalArgumentException("timeoutMs must be positive: " + value);
            }
        });
    }

    /** The spec's request, without a statement time limit. */
    public QueryRequest(QueryDefinition definition, ExecutionContext context) {
        this(definition, context, Optional.empty());
    }
}
