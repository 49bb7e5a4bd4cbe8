package com.mkven.multidb.server;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.jdbc.remote.ConfigRequest;
import com.mkven.multidb.jdbc.remote.QueryRequest;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.result.HealthCheckResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four operations of runtime.md §10 over one engine. */
final class Endpoints {
    private static final Map<String, Boolean> VALID = Map.of("valid", true);

    private Endpoints() {}

    static List<Route> of(MultiDb engine) {
        return List.of(
                new Route("POST", "/query", exchange -> {
                    QueryRequest request = exchange.body(QueryRequest.class);
                    ExecutionContext context = RoleNarrowing.narrow(exchange.caller(), request.context());
                    exchange.replyStreamed(200, engine.query(request.definition(), context));
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
