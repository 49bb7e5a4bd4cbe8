package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.error.MultiDbException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * Serves every request: route by exact path, check the method, authenticate, run the endpoint, and turn whatever it
 * throws into a JSON error answer — the error's own status and {@code toJson()} for MultiDB errors (query.md §12.2),
 * 500 {@code INTERNAL_ERROR} without details for anything else. Neither credentials nor bodies are logged.
 */
final class ApiHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());

    private final Map<String, Route> routes = new HashMap<>();
    private final Authenticator authenticator;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final AtomicInteger inFlight = new AtomicInteger();

    ApiHandler(List<Route> routes, Authenticator authenticator, ObjectMapper mapper, int maxBodyBytes) {
        routes.forEach(route -> this.routes.put(route.path(), route));
        this.authenticator = requireNonNull(authenticator, "authenticator is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Requests being served right now. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        Optional<ApiExchange> api = Optional.empty();
        try {
            Route route = route(exchange);
            Caller caller = authenticator.authenticate(
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
            api = Optional.of(new ApiExchange(exchange, caller, mapper, maxBodyBytes));
            route.endpoint().serve(api.get());
        } catch (MultiDbException error) {
            fail(exchange, api, error.httpStatus(), error.toJson(), authenticateHeader(error));
        } catch (RequestRejected rejected) {
            fail(exchange, api, rejected.status(), rejected.toJson(), rejected.headers());
        } catch (IOException gone) {
            // the caller hung up or the server is stopping: there is nobody left to answer
            LOG.log(Level.DEBUG, "connection lost while serving {0} {1}: {2}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), gone.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "unexpected failure serving " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getPath(), unexpected);
            fail(exchange, api, 500, internalError().toJson(), Map.of());
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    /** What a caller learns of a failure that is no MultiDB error: that it happened, nothing of its details. */
    static MultiDbException internalError() {
        return new MultiDbException("INTERNAL_ERROR", "The server failed unexpectedly; its log has the details");
    }

    private Route route(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        Route route = routes.get(path);
        if (route == null) {
            throw RequestRejected.notFound(path);
        }
        if (!route.method().equals(exchange.getRequestMethod())) {
            throw RequestRejected.methodNotAllowed(exchange.getRequestMethod(), path, route.method());
        }
        return route;
    }

    private static Map<String, String> authenticateHeader(MultiDbException error) {
        return error.errorCode().filter(code -> code == ErrorCode.UNAUTHENTICATED).isPresent()
                ? Map.of("WWW-Authenticate", "Basic realm=\"multidb\", charset=\"UTF-8\", Bearer realm=\"multidb\"")
                : Map.of();
    }

    private void fail(HttpExchange exchange, Optional<ApiExchange> api, int status, Object body, Map<String, String> headers) {
        if (api.isPresent() && api.get().answered()) {
            // the status line is out: closing now leaves the client a body it cannot read as a result
            LOG.log(Level.WARNING, "{0} {1} failed after its answer had started; the answer is cut short",
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath());
            return;
        }
        try {
            JsonAnswers.send(exchange, status, mapper.writeValueAsBytes(body), headers);
        } catch (IOException gone) {
            LOG.log(Level.DEBUG, "connection lost while answering {0}: {1}", status, gone.getMessage());
        }
    }
}
