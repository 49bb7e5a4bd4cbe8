package com.mkven.multidb.server.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The {@code multidb} command (the repository's {@code ./multidb} script runs it): {@code demo}, {@code sql} and
 * {@code serve}. Exit codes are those of {@link ExitCode}: 0 ok, 1 query error, 2 usage error, 3 connection or config
 * error.
 */
public final class MultiDbCommand {
    static final String USAGE = """
            Usage: multidb <command> [options]

            Commands:
              demo                            start an embedded PostgreSQL with the shared fixture and walk through
                                              MultiDB over JDBC: JSON and SQL queries, a join, an aggregation, masking,
                                              an access-denied error, EXPLAIN; stops everything when done
              sql --url <jdbc url> "<query>"  run one query (SQL subset, EXPLAIN, or a JSON query definition) and
                                              print the result as a table, e.g.
                                              multidb sql --url 'jdbc:multidb:file:multidb.json?roles=admin' \\
                                                "SELECT id, status FROM orders LIMIT 5"
              serve --config <file>           serve the HTTP API over the engine of a config file (the JDBC
                    [--port <n>]              driver's format); port 8080 by default, 0 for any free port;
                    [--bind <address>]        127.0.0.1 by default; another address needs --users, a JSON
                    [--users <file>]          array of {"name", "passwordHash" or "tokenHash", "roles"}
              help                            show this text

            Exit codes: 0 ok, 1 query error, 2 usage error, 3 connection or config error.
            Errors are printed as: ERROR <SQLState> <message>
            """;

    private final PrintStream out;
    private final PrintStream err;

    public MultiDbCommand(PrintStream out, PrintStream err) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
    }

    public static void main(String[] args) {
        System.exit(new MultiDbCommand(System.out, System.err).run(args).code());
    }

    /** Runs one command line and says how it ended; prints to the streams given at construction. */
    public ExitCode run(String... args) {
        requireNonNull(args, "args is null");
        if (args.length == 0) {
            err.print(USAGE);
            return ExitCode.USAGE_ERROR;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "demo" -> new DemoCommand(out, err).run(Arguments.parse(rest, DemoCommand.OPTIONS));
                case "sql" -> new SqlCommand(out, err).run(Arguments.parse(rest, SqlCommand.OPTIONS));
                case "serve" -> new ServeCommand(out, err).run(Arguments.parse(rest, ServeCommand.OPTIONS));
                case "help", "--help", "-h" -> help();
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("multidb " + args[0] + ": " + e.getMessage());
            err.println();
            err.print(USAGE);
            return ExitCode.USAGE_ERROR;
        }
    }

    private ExitCode help() {
        out.print(USAGE);
        return ExitCode.OK;
    }
}
