package com.mkven.multidb.server;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** The headers every answer carries, and a small JSON answer sent with its length. */
final class JsonAnswers {
    private JsonAnswers() {}

    /**
     * Starts a JSON answer.
     *
     * @param length of the body in bytes; 0 sends it chunked (HttpExchange's convention)
     */
    static void start(HttpExchange exchange, int status, long length, Map<String, String> extraHeaders) throws IOException {
        extraHeaders.forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        // results may hold personal data: no cache on the way may keep them
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, length);
    }

    static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> extraHeaders) throws IOException {
        start(exchange, status, body.length, extraHeaders);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
