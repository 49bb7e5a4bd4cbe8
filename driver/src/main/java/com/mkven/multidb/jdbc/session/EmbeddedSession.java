package com.mkven.multidb.jdbc.session;

import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.spi.ExecutionOptions;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/** A connection's hold on a {@link SharedEngine} running in this JVM. */
final class EmbeddedSession implements EngineSession {
    private final SharedEngines registry;
    private final SharedEngine engine;
    private final AtomicBoolean closed = new AtomicBoolean();

    EmbeddedSession(SharedEngines registry, SharedEngine engine) {
        this.registry = requireNonNull(registry, "registry is null");
        this.engine = requireNonNull(engine, "engine is null");
    }

    @Override
    public MetadataSnapshot snapshot() {
        return engine.engine().snapshot();
    }

    @Override
    public Optional<ContextRoles> defaultRoles() {
        return engine.defaultRoles();
    }

    @Override
    public QueryResult query(QueryDefinition definition, ExecutionContext context, ExecutionOptions options) {
        return engine.engine().query(definition, context, options);
    }

    @Override
    public QueryStream stream(QueryDefinition definition, ExecutionContext context, ExecutionOptions options) {
        return engine.engine().stream(definition, context, options);
    }

    @Override
    public void reload() {
        engine.reload();
    }

    /** The engine runs in this JVM: there is nothing to contact, and its databases' health is not the connection's. */
    @Override
    public boolean isValid(int timeoutSeconds) {
        return true;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            registry.release(engine);
        }
    }
}
