package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.spi.CancelSignal;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Sends one HTTP request and returns the complete answer: the seam under {@link MultiDbClient}, so tests (and
 * applications with their own HTTP stack) can replace the network — the spec's injectable {@code fetch}.
 * Implementations report a request that outlived {@link Request#timeout()} as {@link HttpTimeoutException} and any
 * other failure to get an answer as {@link IOException}; every HTTP status, errors included, is an answer.
 */
@FunctionalInterface
public interface HttpTransport {
    Response send(Request request) throws IOException, InterruptedException;

    /**
     * Sends a request whose answer is read as it arrives: {@link Request#timeout()} bounds the wait for the status and
     * headers, the body is read at the caller's pace and closing it abandons the exchange. Until the headers arrive,
     * cancelling {@code signal} gives up waiting ({@link java.util.concurrent.CancellationException}). This default
     * reads the whole answer with {@link #send} first, for transports that cannot stream.
     */
    default StreamedResponse stream(Request request, CancelSignal signal) throws IOException, InterruptedException {
        Response response = send(request);
        return new StreamedResponse(response.status(), new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** The default transport, over a {@link HttpClient} of its own (HTTP/1.1, no redirects). */
    static HttpTransport jdk(Duration connectTimeout) {
        requireNonNull(connectTimeout, "connectTimeout is null");
        return over(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build());
    }

    /** A transport over the given client, e.g. one configured with a proxy or an {@code SSLContext}. */
    static HttpTransport over(HttpClient client) {
        return new JdkHttpTransport(client);
    }

    /**
     * @param headers sent as given, one value per name
     * @param body a JSON document, sent as UTF-8
     * @param timeout the whole request, answer body included, must complete within it
     */
    record Request(String method, URI uri, Map<String, String> headers, Optional<String> body, Duration timeout) {
        public Request {
            requireNonNull(method, "method is null");
            requireNonNull(uri, "uri is null");
            headers = Map.copyOf(requireNonNull(headers, "headers is null"));
            requireNonNull(body, "body is null");
            requireNonNull(timeout, "timeout is null");
        }
    }

    /** @param body the answer's body as it arrives, UTF-8; closing it abandons whatever has not been read */
    record StreamedResponse(int status, InputStream body) implements Closeable {
        public StreamedResponse {
            requireNonNull(body, "body is null");
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** @param body the answer's body decoded as UTF-8; empty when there is none */
    record Response(int status, String body) {
        public Response {
            requireNonNull(body, "body is null");
        }
    }
}
