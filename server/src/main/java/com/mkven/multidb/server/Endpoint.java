package com.mkven.multidb.server;

import java.io.IOException;

/** One operation of the HTTP API. Errors are thrown, typed; {@link ApiHandler} turns them into answers. */
@FunctionalInterface
interface Endpoint {
    void serve(ApiExchange exchange) throws IOException;
}
