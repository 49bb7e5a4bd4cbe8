package com.mkven.multidb.jdbc.session;

import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.spi.ExecutionOptions;

import java.util.Optional;

/**
 * What a JDBC connection asks of the engine, wherever it runs: in this JVM ({@link EmbeddedSession}) or in a MultiDB
 * server ({@code remote.RemoteSession}). The {@code java.sql} classes translate between JDBC and these calls; every decision about a query
 * is the engine's. Failures are the engine's {@code MultiDbException}s.
 */
public interface EngineSession {
    /** The metadata and roles in force now. */
    MetadataSnapshot snapshot();

    /** The roles of a connection that names none, from the configuration. */
    Optional<ContextRoles> defaultRoles();

    /** Runs a query in its {@code executeMode}, materialised. */
    QueryResult query(QueryDefinition definition, ExecutionContext context, ExecutionOptions options);

    /** Streams the rows of an {@code execute} query. */
    QueryStream stream(QueryDefinition definition, ExecutionContext context, ExecutionOptions options);

    /** Reloads metadata and roles from their source, with the engine's snapshot semantics. */
    void reload();

    /**
     * Whether the engine still answers ({@link java.sql.Connection#isValid}); cheap, as pools call it often.
     *
     * @param timeoutSeconds how long to wait for an answer; 0 for the session's default
     */
    boolean isValid(int timeoutSeconds);

    /** Releases this session's hold on the engine; idempotent. */
    void close();
}
