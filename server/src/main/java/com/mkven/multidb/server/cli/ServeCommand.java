package com.mkven.multidb.server.cli;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.jdbc.config.ConfigFileException;
import com.mkven.multidb.jdbc.config.ConfigLocation;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.server.ServerUser;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * {@code multidb serve --config <file> [--port <n>] [--bind <address>] [--users <file>]}: the HTTP API
 * ({@link MultiDbServer}) over the engine of a config file in the JDBC driver's format, until the process is asked
 * to stop; then requests in flight get {@link MultiDbServer#DEFAULT_DRAIN} to finish and the engine closes.
 */
final class ServeCommand {
    static final String CONFIG = "config";
    static final String PORT = "port";
    static final String BIND = "bind";
    static final String USERS = "users";
    static final Set<String> OPTIONS = Set.of(CONFIG, PORT, BIND, USERS);
    /** How long a JVM shutdown waits for the drain and the engine's close; more than the drain itself. */
    private static final Duration SHUTDOWN_PATIENCE = MultiDbServer.DEFAULT_DRAIN.plusSeconds(20);
    private static final String SQL_STATE_CONNECTION = "08001";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<ShutdownSignal> signal;

    ServeCommand(PrintStream out, PrintStream err) {
        this(out, err, () -> ShutdownSignal.onJvmShutdown(SHUTDOWN_PATIENCE));
    }

    /** @param signal made before the engine starts and told when the server is done; tests stop the server through it */
    ServeCommand(PrintStream out, PrintStream err, Supplier<ShutdownSignal> signal) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
        this.signal = requireNonNull(signal, "signal is null");
    }

    ExitCode run(Arguments arguments) throws UsageException {
        arguments.positionals(0, "no arguments");
        ConfigLocation location = location(arguments.required(CONFIG));
        int port = port(arguments.option(PORT).orElse(String.valueOf(ServerConfig.DEFAULT_PORT)));
        String bind = arguments.option(BIND).orElse(ServerConfig.DEFAULT_BIND_ADDRESS);
        List<ServerUser> users = List.of();
        if (arguments.option(USERS).isPresent()) {
            try {
                users = UsersFile.read(Path.of(arguments.option(USERS).get()));
            } catch (IllegalArgumentException e) {
                err.println("ERROR " + SQL_STATE_CONNECTION + " " + e.getMessage());
                return ExitCode.CONNECTION_ERROR;
            }
        }
        ServerConfig serverConfig = serverConfig(port, bind, users);
        ShutdownSignal stop = signal.get();
        try {
            return serve(location, serverConfig, stop);
        } finally {
            stop.done();
        }
    }

    private ExitCode serve(ConfigLocation location, ServerConfig serverConfig, ShutdownSignal stop) {
        MultiDb engine;
        try {
            engine = ConfigFileEngine.start(location);
        } catch (ConfigFileException | MultiDbException e) {
            err.println("ERROR " + SQL_STATE_CONNECTION + " " + e.getMessage());
            return ExitCode.CONNECTION_ERROR;
        }
        MultiDbServer server = new MultiDbServer(engine, serverConfig);
        try {
            server.start();
        } catch (UncheckedIOException e) {
            server.stop(Duration.ZERO);
            err.println("ERROR " + SQL_STATE_CONNECTION + " " + e.getMessage() + ": " + e.getCause().getMessage());
            return ExitCode.CONNECTION_ERROR;
        }
        out.println("MultiDB server on " + server.baseUri() + " serving " + location
                + (serverConfig.authenticates() ? " to " + serverConfig.users().size() + " users" : " without authentication (loopback only)"));
        out.println("Stop it with Ctrl-C.");
        try {
            stop.awaitRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(MultiDbServer.DEFAULT_DRAIN);
            out.println("MultiDB server stopped, engine closed.");
        }
        return ExitCode.OK;
    }

    private static ConfigLocation location(String config) throws UsageException {
        try {
            return ConfigLocation.parse(config);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + CONFIG + ": " + e.getMessage());
        }
    }

    private static ServerConfig serverConfig(int port, String bind, List<ServerUser> users) throws UsageException {
        try {
            return new ServerConfig(port, bind, ServerConfig.DEFAULT_MAX_BODY_BYTES, ServerConfig.DEFAULT_THREADS, users);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int port(String text) throws UsageException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + PORT + " must be a number from 0 (any free port) to 65535, got '" + text + "'");
        }
    }
}
