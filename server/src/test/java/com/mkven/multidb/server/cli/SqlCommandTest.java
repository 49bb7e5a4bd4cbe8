package com.mkven.multidb.server.cli;

import com.mkven.multidb.server.demo.DemoConfigFile;
import com.mkven.multidb.server.demo.EmbeddedFixtureDatabase;
import com.mkven.multidb.server.demo.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code multidb sql} on the fixture in an embedded PostgreSQL: the table, the error line, the exit code. */
class SqlCommandTest {
    private static EmbeddedFixtureDatabase database;
    private static String config;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startDatabase() {
        Fixture fixture = Fixture.load();
        database = EmbeddedFixtureDatabase.start(fixture);
        config = "jdbc:multidb:file:" + DemoConfigFile.write(folder, fixture, database);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void aSqlQueryPrintsItsTableAndExitsWithZero() {
        CommandOutput output = CommandOutput.run("sql", "--url", config + "?roles=admin",
                "SELECT status, COUNT(*) AS orderCount FROM orders GROUP BY status ORDER BY status");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.OK);
        assertThat(output.out()).isEqualTo("""
                 status    | orderCount
                -----------+------------
                 active    |          2
                 cancelled |          2
                 pending   |          1
                 shipped   |          2
                (4 rows)
                """);
        assertThat(output.err()).isEmpty();
    }

    @Test
    void aJsonQueryDefinitionRunsToo() {
        CommandOutput output = CommandOutput.run("sql", "--url=" + config + "?roles=tenant-user",
                "{\"from\":\"orders\",\"columns\":[\"status\",\"total\"],\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"pending\"}]}");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.OK);
        // tenant-user sees orders.total masked by the number mask, which keeps the column numeric
        assertThat(output.out()).isEqualTo("""
                 status  | total
                ---------+-------
                 pending |     0
                (1 row)
                """);
    }

    @Test
    void explainShowsThePlanAndRunsNothing() {
        CommandOutput output = CommandOutput.run("sql", "--url", config + "?roles=admin",
                "EXPLAIN SELECT orders.id, invoices.amount FROM orders JOIN invoices");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.OK);
        assertThat(output.out()).contains("strategy       | trino-cross-db", "targetDatabase | trino", "(1 row)");
    }

    @Test
    void anInvalidQueryIsAQueryError() {
        CommandOutput output = CommandOutput.run("sql", "--url", config + "?roles=admin", "SELECT id FROM invoice_lines");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.QUERY_ERROR);
        assertThat(output.err()).startsWith("ERROR 42000 ").contains("invoice_lines");
        assertThat(output.out()).isEmpty();
    }

    @Test
    void aDeniedTableIsAQueryErrorWithTheAccessRuleState() {
        CommandOutput output = CommandOutput.run("sql", "--url", config + "?roles=tenant-user", "SELECT id FROM tenants");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.QUERY_ERROR);
        assertThat(output.err()).startsWith("ERROR 42501 ").contains("ACCESS_DENIED");
    }

    @Test
    void aWriteIsRefusedAsAQueryError() {
        CommandOutput output = CommandOutput.run("sql", "--url", config + "?roles=admin", "DELETE FROM orders");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.QUERY_ERROR);
        assertThat(output.err()).startsWith("ERROR 25006 ");
    }

    @Test
    void anUnknownRoleIsAConnectionError() {
        CommandOutput output = CommandOutput.run("sql", "--url", config + "?roles=superuser", "SELECT id FROM orders");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(output.err()).startsWith("ERROR 28000 ").contains("superuser");
    }

    @Test
    void aMissingConfigFileIsAConnectionError() {
        CommandOutput output = CommandOutput.run("sql", "--url", "jdbc:multidb:file:" + folder.resolve("missing.json") + "?roles=admin",
                "SELECT id FROM orders");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(output.err()).startsWith("ERROR 08001 ").contains("missing.json");
    }

    @Test
    void aDatabaseOutOfReachIsAConnectionError() throws IOException {
        Path demoConfig = Path.of(config.substring("jdbc:multidb:file:".length()));
        Path unreachable = folder.resolve("unreachable.json");
        // port 1 on localhost: nothing listens there, so the engine's start-up ping fails (after the pool's connect timeout)
        Files.writeString(unreachable, Files.readString(demoConfig)
                .replace("localhost:" + database.port() + "/", "localhost:1/")
                .replace("\"user\":\"postgres\"", "\"user\":\"postgres\",\"pool\":{\"connectTimeoutMs\":500}"));

        CommandOutput output = CommandOutput.run("sql", "--url", "jdbc:multidb:file:" + unreachable + "?roles=admin", "SELECT id FROM orders");

        assertThat(output.exitCode()).as(output.toString()).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(output.err()).startsWith("ERROR 08");
    }
}
