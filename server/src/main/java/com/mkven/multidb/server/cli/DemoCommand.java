package com.mkven.multidb.server.cli;

import com.mkven.multidb.server.demo.DemoConfigFile;
import com.mkven.multidb.server.demo.EmbeddedFixtureDatabase;
import com.mkven.multidb.server.demo.EmbeddedFixtureDatabase.FixtureDatabase;
import com.mkven.multidb.server.demo.Fixture;
import com.mkven.multidb.server.demo.FixtureTable;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * {@code multidb demo}: starts an embedded PostgreSQL with the fixture's databases, writes a config file for it,
 * runs {@link DemoWalkthrough} through the JDBC driver, and stops everything again, also when a step fails: the
 * connections close (and with the last one the engine and its pools), PostgreSQL stops, the config file goes.
 */
final class DemoCommand {
    static final Set<String> OPTIONS = Set.of();
    /** Closes the demo's output; tests look for it to know that everything was stopped. */
    static final String STOPPED = "Stopped: connections and engine closed, PostgreSQL shut down, config file removed.";
    /**
     * Loggers of the libraries under the demo whose INFO lines (server start, pool start) would bury its output;
     * held here because {@link java.util.logging.LogManager} keeps loggers only weakly and would forget their level.
     */
    private static final List<Logger> QUIET_LOGGERS = List.of(Logger.getLogger("io.zonky"), Logger.getLogger("com.zaxxer.hikari"));
    private static final String SQL_STATE_CONNECTION = "08001";

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
    }

    ExitCode run(Arguments arguments) throws UsageException {
        arguments.positionals(0, "no arguments");
        for (Logger logger : QUIET_LOGGERS) {
            logger.setLevel(Level.WARNING);
        }
        out.println("MultiDB demo: the JDBC driver over a real PostgreSQL holding the shared test fixture");
        out.println();
        Fixture fixture = Fixture.load();
        Path folder = temporaryFolder();
        try {
            return runOn(fixture, folder);
        } finally {
            deleteQuietly(folder);
        }
    }

    private ExitCode runOn(Fixture fixture, Path folder) {
        out.println("Starting an embedded PostgreSQL (binaries from Maven Central; the first run unpacks them) ...");
        long start = System.nanoTime();
        EmbeddedFixtureDatabase database;
        try {
            database = EmbeddedFixtureDatabase.start(fixture);
        } catch (UncheckedIOException | IllegalStateException e) {
            err.println("ERROR " + SQL_STATE_CONNECTION + " " + e.getMessage());
            return ExitCode.CONNECTION_ERROR;
        }
        ExitCode outcome;
        try (database) {
            out.printf("PostgreSQL is up on port %d after %.1f s, loaded with the fixture:%n", database.port(),
                    (System.nanoTime() - start) / 1e9);
            for (FixtureDatabase fixtureDatabase : EmbeddedFixtureDatabase.DATABASES) {
                out.println("  " + fixtureDatabase.name() + " (" + fixtureDatabase.id() + "): " + describe(fixture.tablesIn(fixtureDatabase.id())));
            }
            Path config = DemoConfigFile.write(folder, fixture, database);
            String configUrl = "jdbc:multidb:file:" + config;
            out.println("Config file " + config + " (metadata, roles, one postgres executor per database)");
            out.println("JDBC URL    " + configUrl + "?roles=<role>");
            outcome = new DemoWalkthrough(out, configUrl).run();
        }
        out.println();
        out.println(STOPPED);
        return outcome;
    }

    private static String describe(List<FixtureTable> tables) {
        List<String> names = new ArrayList<>();
        for (FixtureTable table : tables) {
            names.add(table.physicalName() + " (" + table.rows().size() + " rows)");
        }
        return String.join(", ", names);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("multidb-demo");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the demo config: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover file in the temporary folder is no reason to fail a demo that ran
        }
    }
}
