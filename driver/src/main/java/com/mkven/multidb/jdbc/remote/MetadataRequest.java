package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.query.ExecutionContext;

import static java.util.Objects.requireNonNull;

/** The body of {@code POST /metadata}, this project's extension of the HTTP API: {@code { context }}. */
public record MetadataRequest(@JsonProperty(required = true) ExecutionContext context) {
    public MetadataRequest {
        requireNonNull(context, "context is null");
    }
}
