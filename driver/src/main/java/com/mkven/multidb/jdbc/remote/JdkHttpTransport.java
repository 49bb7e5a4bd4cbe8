package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.spi.CancelSignal;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static java.util.Objects.requireNonNull;

/**
 * {@link HttpTransport} over {@link HttpClient}. {@link HttpRequest#timeout} alone stops waiting once the response
 * headers arrived; waiting on the future bounds the whole exchange, as the spec's {@code AbortController} does, and
 * cancelling it aborts the exchange.
 */
final class JdkHttpTransport implements HttpTransport {
    private final HttpClient client;

    JdkHttpTransport(HttpClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
        HttpResponse<String> response = await(client.sendAsync(httpRequest(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                request);
        return new Response(response.statusCode(), response.body());
    }

    /** The future completes with the headers; the body is then read from the stream, and closing it ends the exchange. */
    @Override
    public StreamedResponse stream(Request request, CancelSignal signal) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<InputStream>> answer = client.sendAsync(httpRequest(request), HttpResponse.BodyHandlers.ofInputStream());
        signal.onCancel(() -> answer.cancel(true));
        HttpResponse<InputStream> response = await(answer, request);
        return new StreamedResponse(response.statusCode(), response.body());
    }

    private static HttpRequest httpRequest(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        request.headers().forEach(builder::header);
        builder.method(request.method(), request.body()
                .map(body -> HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .orElse(HttpRequest.BodyPublishers.noBody()));
        return builder.build();
    }

    private static <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> answer, Request request) throws IOException, InterruptedException {
        try {
            return answer.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + request.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static IOException unwrap(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure.getMessage(), failure);
    }
}
