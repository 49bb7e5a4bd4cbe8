package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.error.ErrorCode;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.jdbc.ConnectionProperty;
import com.mkven.multidb.jdbc.SqlState;
import com.mkven.multidb.jdbc.session.EngineSession;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.spi.ExecutionOptions;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * A JDBC connection's engine in a MultiDB server (jdbc.md "Remote mode"): statements go to {@code POST /query}
 * through {@link MultiDbClient}, whose rebuilt errors the driver translates exactly as embedded ones, and
 * {@code execute} results are read as the server streams them ({@link RemoteQueryStream}). The metadata the connection's roles can see
 * comes from {@code POST /metadata} at connect time and on {@code reload()}, so SQL is translated, result columns are
 * described and {@code DatabaseMetaData} is answered on the client as in embedded mode.
 *
 * <p>Time limits: connecting, {@code reload()} and {@code isValid(0)} wait {@link DriverManager#getLoginTimeout()}
 * seconds, or 30 s when it is 0. A statement's query timeout is sent with it and applied by the server's executors,
 * and the client waits that long plus {@link #ANSWER_GRACE} for the answer; a statement without one waits as long as
 * the server takes.
 */
public final class RemoteSession implements EngineSession {
    /** What a statement with a time limit gives the server beyond it to answer with its typed {@code QUERY_TIMEOUT}. */
    static final Duration ANSWER_GRACE = Duration.ofSeconds(10);
    /** "No limit" for a statement without a query timeout, as pgjdbc's default {@code socketTimeout=0}. */
    static final Duration NO_LIMIT = Duration.ofDays(365);
    /** One HTTP client (and so one connection pool) per connect timeout, shared by every remote connection. */
    private static final Map<Duration, HttpTransport> TRANSPORTS = new ConcurrentHashMap<>();

    private final MultiDbClient client;
    private final ExecutionContext requested;
    private volatile Metadata metadata;

    /** The server's view and the snapshot built from it once, whose identity tells connections a reload happened. */
    private record Metadata(MetadataView view, MetadataSnapshot snapshot) {
        static Metadata of(MetadataView view) {
            return new Metadata(view, view.snapshot());
        }
    }

    RemoteSession(MultiDbClient client, ExecutionContext requested, MetadataView view) {
        this.client = requireNonNull(client, "client is null");
        this.requested = requireNonNull(requested, "requested is null");
        this.metadata = Metadata.of(requireNonNull(view, "view is null"));
    }

    /**
     * Connects to the server at {@code server} as the connection properties say ({@code user}/{@code password} or
     * {@code token}) and fetches what the {@code requested} roles can see.
     *
     * @throws SQLException {@code 28000} when the server refuses the credentials or the roles, {@code 08001} for
     *         anything else that keeps the connection from opening (bad credential properties, server unreachable or
     *         not answering in time, not a MultiDB server)
     */
    public static RemoteSession open(URI server, Map<ConnectionProperty, String> properties, ContextRoles requested) throws SQLException {
        requireNonNull(server, "server is null");
        requireNonNull(properties, "properties is null");
        ExecutionContext context = new ExecutionContext(requireNonNull(requested, "requested is null"));
        MultiDbClient client = client(server, properties, loginTimeout());
        try {
            return new RemoteSession(client, context, client.metadata(context));
        } catch (MultiDbException e) {
            boolean refused = e.errorCode().filter(code -> code == ErrorCode.UNAUTHENTICATED || code == ErrorCode.FORBIDDEN).isPresent();
            String message = "Cannot connect to the MultiDB server at " + client.baseUri() + ": " + e.code() + ": " + e.getMessage();
            throw (refused ? SqlState.INVALID_AUTHORIZATION_SPECIFICATION : SqlState.UNABLE_TO_CONNECT).exception(message, e);
        }
    }

    static MultiDbClient client(URI server, Map<ConnectionProperty, String> properties, Duration timeout) throws SQLException {
        Optional<String> user = Optional.ofNullable(properties.get(ConnectionProperty.USER));
        Optional<String> password = Optional.ofNullable(properties.get(ConnectionProperty.PASSWORD));
        Optional<String> token = Optional.ofNullable(properties.get(ConnectionProperty.TOKEN));
        if (token.isPresent() && (user.isPresent() || password.isPresent())) {
            throw SqlState.UNABLE_TO_CONNECT.exception("Give the connection properties user and password, or token, not both");
        }
        if (user.isPresent() != password.isPresent()) {
            throw SqlState.UNABLE_TO_CONNECT.exception("The connection properties user and password go together: "
                    + (user.isPresent() ? "password" : "user") + " is missing");
        }
        try {
            MultiDbClientBuilder builder = MultiDbClient.builder(server).timeout(timeout)
                    .transport(TRANSPORTS.computeIfAbsent(timeout, HttpTransport::jdk));
            if (user.isPresent()) {
                builder.credentials(user.get(), password.get());
            }
            token.ifPresent(builder::bearerToken);
            return builder.build();
        } catch (IllegalArgumentException e) {
            // the builder's messages name the problem, never the secret
            throw SqlState.UNABLE_TO_CONNECT.exception("Cannot connect to the MultiDB server: " + e.getMessage(), e);
        }
    }

    private static Duration loginTimeout() {
        int seconds = DriverManager.getLoginTimeout();
        return seconds > 0 ? Duration.ofSeconds(seconds) : MultiDbClientBuilder.DEFAULT_TIMEOUT;
    }

    @Override
    public MetadataSnapshot snapshot() {
        return metadata.snapshot();
    }

    /** The server's grant, when the connection names no roles of its own. */
    @Override
    public Optional<ContextRoles> defaultRoles() {
        ContextRoles granted = metadata.view().context().roles();
        return granted.user().isPresent() || granted.service().isPresent() ? Optional.of(granted) : Optional.empty();
    }

    @Override
    public QueryResult query(QueryDefinition definition, ExecutionContext context, ExecutionOptions options) {
        return client.withTimeout(answerTimeout(options)).query(new QueryRequest(definition, context, options.timeoutMs()));
    }

    /** The rows as the server streams them, one request; the statement's cancel signal reaches it at every stage. */
    @Override
    public QueryStream stream(QueryDefinition definition, ExecutionContext context, ExecutionOptions options) {
        return client.withTimeout(answerTimeout(options)).stream(new QueryRequest(definition, context, options.timeoutMs()), options.cancelSignal());
    }

    /** A statement's query timeout plus the grace for the server's typed answer, or no limit. */
    private static Duration answerTimeout(ExecutionOptions options) {
        return options.timeoutMs().map(ms -> Duration.ofMillis(ms).plus(ANSWER_GRACE)).orElse(NO_LIMIT);
    }

    /** Fetches the visible metadata again; the server's own reload is the server's business. */
    @Override
    public void reload() {
        metadata = Metadata.of(client.metadata(requested));
    }

    /** Whether the server answers {@code /health}, healthy or not: a database being down does not make the connection invalid. */
    @Override
    public boolean isValid(int timeoutSeconds) {
        try {
            (timeoutSeconds > 0 ? client.withTimeout(Duration.ofSeconds(timeoutSeconds)) : client).healthCheck();
            return true;
        } catch (MultiDbException e) {
            return false;
        }
    }

    /** Nothing to release: requests hold no server state, and the HTTP connections are shared. */
    @Override
    public void close() {}
}
