package com.mkven.multidb.server;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.jdbc.remote.CancelRequest;
import com.mkven.multidb.jdbc.remote.ConfigRequest;
import com.mkven.multidb.jdbc.remote.MetadataRequest;
import com.mkven.multidb.jdbc.remote.MetadataView;
import com.mkven.multidb.jdbc.remote.QueryRequest;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.HealthCheckResult;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.ExecutionOptions;

import java.io.IOException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The four operations of runtime.md §10 over one engine, and this project's extensions: {@code POST /metadata} for
 * clients that need the caller's view of the metadata, {@code POST /cancel} to stop a query named by its requestId. {@code execute} queries stream their rows from the database
 * into the answer ({@link StreamedRows}); paging ({@code limit}/{@code offset}) is how a caller bounds what it reads.
 */
final class Endpoints {
    private static final Map<String, Boolean> VALID = Map.of("valid", true);

    private Endpoints() {}

    static List<Route> of(MultiDb engine) {
        RunningQueries running = new RunningQueries();
        return List.of(
                new Route("POST", "/query", exchange -> {
                    QueryRequest request = exchange.body(QueryRequest.class);
                    ExecutionContext context = RoleNarrowing.narrow(exchange.caller(), request.context());
                    QueryDefinition definition = request.definition();
                    CancelSignal signal = new CancelSignal();
                    ExecutionOptions options = new ExecutionOptions(ExecutionOptions.DEFAULT_FETCH_SIZE, request.timeoutMs(), signal);
                    try (RunningQueries.Registration named = running.register(exchange.caller(), request.requestId(), signal)) {
                        if (definition.effectiveExecuteMode() != ExecuteMode.EXECUTE) {
                            QueryResult result = engine.query(definition, context, options);
                            exchange.replyStreamed(json -> json.writeObject(result));
                            return;
                        }
                        // opening the stream validates, plans and starts the statement: its errors still get their status
                        try (QueryStream rows = engine.stream(definition, context, options)) {
                            try {
                                exchange.replyStreamed(json -> StreamedRows.write(rows, definition.debug(), json));
                            } catch (IOException gone) {
                                rows.cancel();
                                throw gone;
                            }
                        }
                    }
                }),
                // this project's extension: stops a query its caller named with a requestId, wherever it is
                new Route("POST", "/cancel", exchange -> {
                    CancelRequest request = exchange.body(CancelRequest.class);
                    exchange.reply(200, Map.of("cancelled", running.cancel(exchange.caller(), request.requestId())));
                }),
                // this project's extension: what the caller's roles can see, for clients that work on metadata
                // (the remote JDBC driver translates SQL and answers DatabaseMetaData from it)
                new Route("POST", "/metadata", exchange -> {
                    MetadataRequest request = exchange.body(MetadataRequest.class);
                    ExecutionContext context = RoleNarrowing.narrow(exchange.caller(), request.context());
                    exchange.reply(200, MetadataView.of(engine.snapshot(), context));
                }),
                new Route("GET", "/health", exchange -> {
                    HealthCheckResult health = engine.healthCheck();
                    // decisions.md §18: a load balancer reads the status, a person the body
                    exchange.reply(health.healthy() ? 200 : 503, health);
                }),
                new Route("POST", "/validate/query", exchange -> {
                    QueryRequest request = exchange.body(QueryRequest.class);
                    ExecutionContext context = RoleNarrowing.narrow(exchange.caller(), request.context());
                    Optional<ValidationException> invalid = engine.validateQuery(request.definition(), context);
                    if (invalid.isPresent()) {
                        throw invalid.get();
                    }
                    exchange.reply(200, VALID);
                }),
                new Route("POST", "/validate/config", exchange -> {
                    ConfigRequest request = exchange.body(ConfigRequest.class);
                    Optional<ConfigException> invalid = MultiDb.validateConfig(request.metadata(), request.roles());
                    if (invalid.isPresent()) {
                        throw invalid.get();
                    }
                    exchange.reply(200, VALID);
                }));
    }
}
