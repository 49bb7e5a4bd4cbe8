package com.mkven.multidb.server;

import static java.util.Objects.requireNonNull;

/** An endpoint with the one method and exact path it answers to. */
record Route(String method, String path, Endpoint endpoint) {
    Route {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(endpoint, "endpoint is null");
    }
}
