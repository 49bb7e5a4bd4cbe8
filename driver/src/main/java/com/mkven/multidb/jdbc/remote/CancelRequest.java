package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The body of {@code POST /cancel}, this project's extension of the HTTP API: {@code { requestId }}, the id the same
 * caller gave a {@link QueryRequest}. It stops that statement wherever it is, also before its first row, when closing
 * the answer would only be noticed at the server's next write.
 */
public record CancelRequest(@JsonProperty(required = true) String requestId) {
    /** Long enough to be unguessable when random, short and plain enough to be no vehicle for anything else. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public CancelRequest {
        checkRequestId(requestId);
    }

    static void checkRequestId(String requestId) {
        requireNonNull(requestId, "requestId is null");
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw new IllegalArgumentException("requestId must be 8 to 64 letters, digits, '-' or '_'");
        }
    }
}
