package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;

import static java.util.Objects.requireNonNull;

/** The body of {@code POST /query} and {@code POST /validate/query}: {@code { definition, context }}. */
public record QueryRequest(
        @JsonProperty(required = true) QueryDefinition definition,
        @JsonProperty(required = true) ExecutionContext context) {
    public QueryRequest {
        requireNonNull(definition, "definition is null");
        requireNonNull(context, "context is null");
    }
}
