package com.mkven.multidb.server.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code multidb sql --url <jdbc url> "<query>"}: one statement (SQL subset, {@code EXPLAIN}, or a JSON query
 * definition) through the JDBC driver; the table goes to standard output, an error line to standard error.
 */
final class SqlCommand {
    static final String URL = "url";
    static final Set<String> OPTIONS = Set.of(URL);
    private static final String MULTIDB_URL = "jdbc:multidb:";

    private final PrintStream out;
    private final PrintStream err;

    SqlCommand(PrintStream out, PrintStream err) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
    }

    ExitCode run(Arguments arguments) throws UsageException {
        String url = arguments.required(URL);
        // other drivers are on the class path too (pgjdbc for the executors): never let the command bypass the engine
        if (!url.startsWith(MULTIDB_URL)) {
            throw new UsageException("--url must be a " + MULTIDB_URL + " URL, e.g. " + MULTIDB_URL + "file:/etc/multidb/multidb.json?roles=admin");
        }
        String query = arguments.positionals(1, "one query (quote it)").get(0);
        if (query.isBlank()) {
            throw new UsageException("the query is empty");
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            err.println(ErrorLine.of(e));
            return ExitCode.CONNECTION_ERROR;
        }
        try (connection; Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            out.print(ResultTable.read(rows).render());
            return ExitCode.OK;
        } catch (SQLException e) {
            err.println(ErrorLine.of(e));
            return ExitCode.ofStatementFailure(e);
        }
    }
}
