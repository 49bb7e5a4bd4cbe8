package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.error.MultiDbException;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A request refused by the HTTP layer before it reached the engine (unknown route, wrong method, body too large or not
 * JSON). The body is a plain {@code MultiDbError} with a code of the server's own, which a client rebuilds as a plain
 * {@link MultiDbException} carrying that code (runtime.md §13).
 */
final class RequestRejected extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    private RequestRejected(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = requireNonNull(code, "code is null");
        this.headers = Map.copyOf(headers);
    }

    static RequestRejected notFound(String path) {
        return new RequestRejected(404, "NOT_FOUND", "No endpoint at " + path
                + "; the API has POST /query, GET /health, POST /validate/query, POST /validate/config, POST /metadata and POST /cancel", Map.of());
    }

    static RequestRejected methodNotAllowed(String method, String path, String allowed) {
        return new RequestRejected(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path + "; use " + allowed,
                Map.of("Allow", allowed));
    }

    /** Also closes the connection: the rest of the body is not read, so the connection cannot carry another request. */
    static RequestRejected tooLarge(long maxBytes) {
        return new RequestRejected(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + maxBytes + " bytes",
                Map.of("Connection", "close"));
    }

    static RequestRejected unsupportedMediaType(String contentType) {
        return new RequestRejected(415, "UNSUPPORTED_MEDIA_TYPE", "The request body must be application/json, not "
                + contentType, Map.of());
    }

    static RequestRejected requestIdInUse(String requestId) {
        return new RequestRejected(409, "REQUEST_ID_IN_USE", "A query of yours is already running under requestId " + requestId
                + "; give each query its own", Map.of());
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    ObjectNode toJson() {
        return new MultiDbException(code, getMessage()).toJson();
    }
}
