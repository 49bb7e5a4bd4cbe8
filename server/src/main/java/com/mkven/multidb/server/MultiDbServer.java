package com.mkven.multidb.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.json.MultiDbJson;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * The HTTP API of runtime.md §10 over one {@link MultiDb}: {@code POST /query}, {@code GET /health},
 * {@code POST /validate/query}, {@code POST /validate/config} (and this project's {@code POST /metadata}, which the
 * remote JDBC driver reads the caller's visible metadata from), with the callers and role grants of
 * {@link ServerConfig#users()}. Runs on the JDK's own {@code com.sun.net.httpserver} with a fixed pool of
 * {@link ServerConfig#threads()} request threads. The server owns the engine: {@link #stop(Duration)} closes it.
 */
public final class MultiDbServer implements AutoCloseable {
    static {
        // The JDK server writes headers and body in separate packets; with Nagle on, each small answer
        // waits for the client's delayed ACK (~40 ms): 80 requests/s instead of thousands. The server
        // reads this property once, when its first instance is created; an explicit setting wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** What {@link #close()} gives in-flight requests to finish. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(MultiDbServer.class.getName());

    private enum State { NEW, RUNNING, STOPPED }

    private final MultiDb engine;
    private final ServerConfig config;
    private final ApiHandler handler;
    private State state = State.NEW;
    private HttpServer server;
    private ExecutorService threads;

    public MultiDbServer(MultiDb engine, ServerConfig config) {
        this.engine = requireNonNull(engine, "engine is null");
        this.config = requireNonNull(config, "config is null");
        // a streamed answer writes each value with writeObject, which would otherwise flush — one chunk, one packet per
        // value: 100 000 rows took 1.4 s instead of a tenth of that; the stream is flushed when its buffer fills
        ObjectMapper mapper = MultiDbJson.mapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.handler = new ApiHandler(Endpoints.of(engine), new Authenticator(config.users()), mapper, config.maxBodyBytes());
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException if the address cannot be bound (port in use)
     * @throws IllegalStateException if started before
     */
    public synchronized MultiDbServer start() {
        if (state != State.NEW) {
            throw new IllegalStateException("the server was already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.bindAddress() + ":" + config.port(), e);
        }
        threads = Executors.newFixedThreadPool(config.threads(), new RequestThreads());
        server.setExecutor(threads);
        server.createContext("/", handler);
        server.start();
        state = State.RUNNING;
        LOG.log(Level.INFO, "MultiDB server listening on {0}, {1}", baseUri(),
                config.authenticates() ? config.users().size() + " users" : "without authentication (loopback only)");
        return this;
    }

    /** The port listened on, also when {@link ServerConfig#port()} was 0. */
    public synchronized int port() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the server is not running");
        }
        return server.getAddress().getPort();
    }

    /** Where clients reach it, e.g. {@code http://127.0.0.1:8080}. */
    public synchronized URI baseUri() {
        String host = server == null ? config.bindAddress() : server.getAddress().getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /**
     * Shuts down gracefully: stops accepting connections at once, lets requests in flight finish for up to
     * {@code drain} (rounded up to whole seconds: the JDK server counts in seconds), then closes every connection and
     * the engine. A second call does nothing.
     */
    public synchronized void stop(Duration drain) {
        requireNonNull(drain, "drain is null");
        if (state == State.STOPPED) {
            return;
        }
        if (state == State.RUNNING) {
            // with nothing in flight the JDK server would wait out the whole delay (fixed only in JDK 21)
            server.stop(handler.inFlight() == 0 ? 0 : (int) Math.max(1, (drain.toMillis() + 999) / 1000));
            threads.shutdownNow();
            awaitThreads();
            LOG.log(Level.INFO, "MultiDB server on port {0} stopped", String.valueOf(server.getAddress().getPort()));
        }
        state = State.STOPPED;
        engine.close();
    }

    /** {@link #stop(Duration)} with {@link #DEFAULT_DRAIN}. */
    @Override
    public void close() {
        stop(DEFAULT_DRAIN);
    }

    private void awaitThreads() {
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "request threads still busy after stop; the engine is closed under them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Named daemon threads: a forgotten server must not keep the JVM alive. */
    private static final class RequestThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "multidb-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
