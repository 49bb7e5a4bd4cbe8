package com.mkven.multidb.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Command lines the command cannot run end with exit code 2, what is wrong, and the usage text on stderr. */
class MultiDbCommandTest {
    private static final String URL = "jdbc:multidb:file:/nonexistent/multidb.json?roles=admin";

    @Test
    void noCommandPrintsTheUsage() {
        CommandOutput output = CommandOutput.run();

        assertThat(output.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(output.err()).startsWith("Usage: multidb <command>");
        assertThat(output.out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsageAndTheExitCodes() {
        CommandOutput output = CommandOutput.run("help");

        assertThat(output.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(output.out()).contains("demo", "sql --url <jdbc url> \"<query>\"",
                "Exit codes: 0 ok, 1 query error, 2 usage error, 3 connection or config error.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void badCommandLinesAreUsageErrors(String why, String[] args, String message) {
        CommandOutput output = CommandOutput.run(args);

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(output.err()).contains(message).contains("Usage: multidb <command>");
        assertThat(output.out()).isEmpty();
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of("unknown command", new String[] {"query"}, "multidb query: unknown command 'query'"),
                Arguments.of("sql without --url", new String[] {"sql", "SELECT 1"}, "option --url is required"),
                Arguments.of("sql with a blank --url", new String[] {"sql", "--url", " ", "SELECT 1"}, "option --url is required"),
                Arguments.of("sql without a query", new String[] {"sql", "--url", URL}, "expected one query (quote it), got none"),
                Arguments.of("sql with two queries", new String[] {"sql", "--url", URL, "SELECT", "1"},
                        "expected one query (quote it), got 2 arguments"),
                Arguments.of("sql with a blank query", new String[] {"sql", "--url", URL, "  "}, "the query is empty"),
                Arguments.of("sql with an unknown option", new String[] {"sql", "--url", URL, "--roles", "admin", "SELECT 1"},
                        "unknown option --roles (known: --url)"),
                Arguments.of("sql with --url twice", new String[] {"sql", "--url", URL, "--url=" + URL, "SELECT 1"},
                        "option --url is given twice"),
                Arguments.of("sql with --url last and no value", new String[] {"sql", "SELECT 1", "--url"}, "option --url needs a value"),
                Arguments.of("sql with another driver's URL", new String[] {"sql", "--url", "jdbc:postgresql://localhost/pg_main", "SELECT 1"},
                        "--url must be a jdbc:multidb: URL"),
                Arguments.of("demo with an argument", new String[] {"demo", "now"}, "unexpected argument 'now'"),
                Arguments.of("demo with an option", new String[] {"demo", "--port", "5432"}, "unknown option --port (this command takes no options)"));
    }

    @Test
    void aQueryMayStartWithDashesAfterTheEndOfOptions() {
        CommandOutput output = CommandOutput.run("sql", "--url=" + URL, "--", "-- a comment");

        // past the command line: the config file is missing, which is a connection error, not a usage error
        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.CONNECTION_ERROR);
    }
}
