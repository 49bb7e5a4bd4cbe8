package com.mkven.multidb.jdbc.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.validation.QueryValidator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import static java.util.Objects.requireNonNull;

/**
 * Talks to a MultiDB server over its HTTP API (runtime.md §10–§11) with the engine's own types: results come back as
 * {@link QueryResult}s with the value types of the in-process API, and every error answer is rebuilt into the typed
 * {@link MultiDbException} the server threw. A request that gets no answer throws {@link ConnectionException}
 * {@code NETWORK_ERROR}; one that outlives the timeout throws {@code REQUEST_TIMEOUT}. Nothing is ever retried.
 * Thread-safe; build one with {@link #builder(URI)} and share it.
 */
public final class MultiDbClient {
    private static final String STREAM_ERROR = "error";
    private final URI baseUri;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final HttpTransport transport;
    private final Optional<MetadataIndex> localIndex;

    MultiDbClient(URI baseUri, Map<String, String> headers, Duration timeout, HttpTransport transport,
            Optional<MetadataIndex> localIndex) {
        this.baseUri = requireNonNull(baseUri, "baseUri is null");
        this.headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.transport = requireNonNull(transport, "transport is null");
        this.localIndex = requireNonNull(localIndex, "localIndex is null");
    }

    /** @param baseUri the server, e.g. {@code http://localhost:8080}; a path prefix is kept, credentials are refused */
    public static MultiDbClientBuilder builder(URI baseUri) {
        return new MultiDbClientBuilder(baseUri);
    }

    /**
     * {@code POST /query}. With {@link MultiDbClientBuilder#validateBeforeSend} an invalid query throws its
     * {@link ValidationException} without any request.
     */
    public QueryResult query(QueryDefinition definition, ExecutionContext context) {
        return query(new QueryRequest(definition, context));
    }

    /**
     * {@code POST /query} with a request that may carry a statement time limit ({@link QueryRequest#timeoutMs()}),
     * which the server applies to its executors. The answer must still arrive within this client's timeout.
     */
    public QueryResult query(QueryRequest request) {
        requireNonNull(request, "request is null");
        validateLocally(request);
        Answer answer = exchange("POST", "/query", Optional.of(request));
        if (!answer.isSuccess()) {
            throw answer.error();
        }
        JsonNode json;
        try {
            json = ResponseJson.readTree(answer.response().body());
        } catch (RuntimeException invalid) {
            throw ErrorResponses.invalidResponse(answer.url(), "a QueryResult", invalid);
        }
        // a server streaming rows reports a failure after the 200 went out as an "error" member
        if (json.has(STREAM_ERROR)) {
            throw ErrorResponses.rebuild(answer.response().status(), json.get(STREAM_ERROR), answer.response().body(), answer.url());
        }
        try {
            return RemoteValues.typed(ResponseJson.read(json, QueryResult.class));
        } catch (RuntimeException invalid) {
            throw ErrorResponses.invalidResponse(answer.url(), "a QueryResult", invalid);
        }
    }

    /**
     * {@code POST /query} for an {@code execute} query, its rows read as the server streams them: the query runs once,
     * and neither side holds the whole result. This client's timeout bounds the wait for the answer to start (the
     * statement is planned and started by then); the rows are read at the caller's pace. The request carries a random
     * {@code requestId}: cancelling {@code signal} sends {@code POST /cancel} for it, so the server stops the database
     * statement wherever it is, and gives up waiting for the answer, or closes it once it has started.
     *
     * @throws MultiDbException the server's typed error when it refused or failed the query before the first row
     */
    public QueryStream stream(QueryRequest request, CancelSignal signal) {
        requireNonNull(request, "request is null");
        requireNonNull(signal, "signal is null");
        if (request.definition().effectiveExecuteMode() != ExecuteMode.EXECUTE) {
            throw new IllegalArgumentException("stream() serves executeMode execute; use query() for "
                    + request.definition().effectiveExecuteMode().wireName());
        }
        validateLocally(request);
        URI uri = URI.create(baseUri + "/query");
        String url = uri.toString();
        // named, so that a cancel reaches the statement on the server even before its answer starts
        String requestId = UUID.randomUUID().toString();
        QueryRequest named = request.withRequestId(requestId);
        CancelSignal untilAnswered = new CancelSignal();
        signal.onCancel(() -> {
            untilAnswered.cancel();
            cancelOnServer(requestId);
        });
        HttpTransport.StreamedResponse response = transported(url,
                () -> transport.stream(new HttpTransport.Request("POST", uri, headers, Optional.of(MultiDbJson.write(named)), timeout), untilAnswered));
        if (response.status() < 200 || response.status() >= 300) {
            String body = transported(url, () -> {
                try (InputStream answer = response.body()) {
                    return new String(answer.readAllBytes(), StandardCharsets.UTF_8);
                }
            });
            throw ErrorResponses.rebuild(response.status(), body, url);
        }
        RemoteQueryStream stream = RemoteQueryStream.open(response.body(), url);
        signal.onCancel(() -> {
            stream.cancel();
            cancelOnServer(requestId);
        });
        return stream;
    }

    /**
     * {@code POST /cancel} for a query of this client, this project's extension of the HTTP API. Sent from another
     * thread, so that the canceller does not wait for the server; a cancel that fails leaves the statement to its time
     * limit and to the closed answer, which is all a failed cancel could do anyway.
     */
    private void cancelOnServer(String requestId) {
        CompletableFuture.runAsync(() -> {
            try {
                exchange("POST", "/cancel", Optional.of(new CancelRequest(requestId)));
            } catch (MultiDbException unanswered) {
                // nothing to report to: the caller has its cancel already
            }
        });
    }

    /**
     * {@code GET /health}: the server's {@link HealthCheckResult}, whether it answered 200 (healthy) or 503 (not,
     * decisions.md §18); another answer throws its error.
     */
    public HealthCheckResult healthCheck() {
        Answer answer = exchange("GET", "/health", Optional.empty());
        int status = answer.response().status();
        if (status != 200 && status != 503) {
            throw answer.error();
        }
        try {
            return ResponseJson.read(ResponseJson.readTree(answer.response().body()), HealthCheckResult.class);
        } catch (RuntimeException invalid) {
            // a 503 from a proxy or a server that failed before it could check carries an error body instead
            if (status == 503) {
                throw answer.error();
            }
            throw ErrorResponses.invalidResponse(answer.url(), "a HealthCheckResult", invalid);
        }
    }

    /**
     * {@code POST /validate/query}: rules 1–14 against the server's current metadata and roles, nothing executed.
     * Returns when the query is valid.
     *
     * @throws ValidationException with every issue when it is not
     */
    public void validateQuery(QueryDefinition definition, ExecutionContext context) {
        expectValid(exchange("POST", "/validate/query", Optional.of(new QueryRequest(definition, context))));
    }

    /**
     * {@code POST /validate/config}: checks a configuration on the server without loading it. Returns when it is
     * valid.
     *
     * @throws ConfigException with every issue when it is not
     */
    public void validateConfig(MetadataConfig metadata, List<RoleMeta> roles) {
        expectValid(exchange("POST", "/validate/config", Optional.of(new ConfigRequest(metadata, roles))));
    }

    /**
     * {@code POST /metadata}, this project's extension of the HTTP API: the server's metadata as the roles of
     * {@code context} (narrowed from the caller's grant, as for a query) see it.
     *
     * @throws com.mkven.multidb.error.AuthException {@code UNAUTHENTICATED} or {@code FORBIDDEN} (roles beyond the grant)
     */
    public MetadataView metadata(ExecutionContext context) {
        Answer answer = exchange("POST", "/metadata", Optional.of(new MetadataRequest(context)));
        if (!answer.isSuccess()) {
            throw answer.error();
        }
        try {
            return ResponseJson.read(ResponseJson.readTree(answer.response().body()), MetadataView.class);
        } catch (RuntimeException invalid) {
            throw ErrorResponses.invalidResponse(answer.url(), "a MetadataView", invalid);
        }
    }

    /**
     * This client with another per-request timeout, sharing everything else (the transport and its connections), so
     * requests with different limits need not build a client each.
     */
    public MultiDbClient withTimeout(Duration timeout) {
        requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new MultiDbClient(baseUri, headers, timeout, transport, localIndex);
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The per-request timeout. */
    public Duration timeout() {
        return timeout;
    }

    private static void expectValid(Answer answer) {
        if (!answer.isSuccess()) {
            throw answer.error();
        }
        JsonNode valid;
        try {
            valid = ResponseJson.readTree(answer.response().body()).path("valid");
        } catch (RuntimeException invalid) {
            throw ErrorResponses.invalidResponse(answer.url(), "{\"valid\": true}", invalid);
        }
        if (!valid.isBoolean() || !valid.booleanValue()) {
            throw ErrorResponses.invalidResponse(answer.url(), "{\"valid\": true}",
                    new IllegalArgumentException("valid is " + valid));
        }
    }

    private void validateLocally(QueryRequest request) {
        if (localIndex.isPresent()) {
            Optional<ValidationException> invalid = QueryValidator.validateQuery(request.definition(), request.context(), localIndex.get());
            if (invalid.isPresent()) {
                throw invalid.get();
            }
        }
    }

    private Answer exchange(String method, String path, Optional<Object> body) {
        URI uri = URI.create(baseUri + path);
        String url = uri.toString();
        HttpTransport.Request request = new HttpTransport.Request(method, uri, headers, body.map(MultiDbJson::write), timeout);
        return new Answer(transported(url, () -> transport.send(request)), url);
    }

    /** One step of an exchange, its failures as the typed errors of this client. */
    private <T> T transported(String url, Exchange<T> step) {
        try {
            return step.run();
        } catch (HttpTimeoutException e) {
            throw ConnectionException.requestTimeout(url, timeout.toMillis());
        } catch (IOException e) {
            throw ConnectionException.networkError(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectionException.networkError(url, e);
        } catch (CancellationException e) {
            throw RemoteQueryStream.cancelled();
        }
    }

    private interface Exchange<T> {
        T run() throws IOException, InterruptedException;
    }

    private record Answer(HttpTransport.Response response, String url) {
        boolean isSuccess() {
            return response.status() >= 200 && response.status() < 300;
        }

        MultiDbException error() {
            return ErrorResponses.rebuild(response.status(), response.body(), url);
        }
    }
}
