package com.mkven.multidb.tck.jdbc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sqlline, a real JDBC command-line client, run in-process on a script against the driver and the seeded PostgreSQL:
 * it connects, browses with {@code !tables} and {@code !columns} (DatabaseMetaData), queries, and shows an error. The
 * session's output is printed, so a test run shows what a user of sqlline sees.
 */
class SqllineSessionTest {
    @TempDir
    static Path folder;

    private static Path config;

    @BeforeAll
    static void seed() {
        JdbcFixture.seed();
        config = JdbcFixture.write(folder, JdbcFixture.document());
    }

    /** What a session printed, and how sqlline ended it ({@code OTHER} when a command of the script failed). */
    private record Session(SqlLine.Status status, String output) {}

    /**
     * Runs {@code script} with {@code --run} in one sqlline session connected with {@code properties}. sqlline prints
     * the stack trace of a failed command in a {@code --run} script on {@code System.err} (its verbose mode is on
     * until it has started), which a user does not see on the console it writes to: that goes nowhere.
     */
    private static Session session(String properties, String script) throws IOException {
        Path file = Files.writeString(folder.resolve("session-" + System.nanoTime() + ".sql"), script, StandardCharsets.UTF_8);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(output, true, StandardCharsets.UTF_8);
        SqlLine sqlLine = new SqlLine();
        sqlLine.setOutputStream(console);
        sqlLine.setErrorStream(console);
        String[] args = {
            "-u", JdbcFixture.url(config, properties), "-n", "ann", "-p", "unused",
            "--color=false", "--maxWidth=200", "--showWarnings=false", "--force=true", "--run=" + file
        };
        PrintStream stderr = System.err;
        SqlLine.Status status;
        try {
            System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            status = sqlLine.begin(args, new ByteArrayInputStream(new byte[0]), false);
        } finally {
            System.setErr(stderr);
        }
        String text = output.toString(StandardCharsets.UTF_8);
        System.out.println("---- sqlline session (" + properties + "), status " + status + " ----");
        System.out.println(text);
        return new Session(status, text);
    }

    @Test
    void aTenantUserBrowsesQueriesAndIsRefusedWhatItMayNotRead() throws IOException {
        Session session = session("roles=tenant-user", String.join("\n",
                "!tables",
                "!columns orders",
                "!primarykeys users",
                "SELECT id, status, total FROM orders ORDER BY id LIMIT 3;",
                "SELECT internalNote FROM orders;",
                "!quit",
                ""));
        String output = session.output();

        assertThat(session.status()).as("a command failed: the refused SELECT").isEqualTo(SqlLine.Status.OTHER);
        // browsing: the three granted tables in schema pg-main, the four granted columns of orders in order
        assertThat(output).contains("| multidb   | pg-main     | orders ", "| multidb   | pg-main     | products ", "| multidb   | pg-main     | users ");
        assertThat(output).doesNotContain("tenants", "invoices", "events", "internalNote |", "customerId");
        assertThat(output).containsPattern("orders +\\| id +\\| 1111 +\\| uuid ")
                .containsPattern("orders +\\| total +\\| 3 +\\| DECIMAL ")
                .containsPattern("orders +\\| createdAt +\\| 2014 +\\| TIMESTAMP WITH TIME ZONE ")
                .contains("masked (number)");
        assertThat(output).containsPattern("users +\\| id +\\| 1 +\\| pk_users");
        // the query: total is masked with the number mask, so every value is 0
        assertThat(output).containsPattern("40000000-0000-4000-8000-000000000001 \\| active +\\| 0 ")
                .containsPattern("40000000-0000-4000-8000-000000000003 \\| cancelled +\\| 0 ")
                .contains("3 rows selected");
        // the refusal: the engine's access error, with its SQLState class 42
        assertThat(output).contains("Error: VALIDATION_FAILED: Validation failed: 1 error")
                .contains("ACCESS_DENIED: Column 'orders.internalNote' is not allowed for the roles in context (state=42501,code=0)");
    }

    @Test
    void anAdminSeesEveryTableTheKeysOfOrdersAndTheDriversAnswers() throws IOException {
        Session session = session("roles=admin", String.join("\n", "!tables", "!importedkeys orders", "!indexes orders", "!dbinfo", "!quit", ""));
        String output = session.output();

        assertThat(session.status()).isEqualTo(SqlLine.Status.OK);
        assertThat(output).doesNotContain("Error");
        assertThat(output).containsPattern("ch-analytics +\\| events ").containsPattern("ch-analytics +\\| metrics ")
                .containsPattern("iceberg-archive +\\| ordersArchive ").containsPattern("pg-main +\\| orders ")
                .containsPattern("pg-main +\\| products ").containsPattern("pg-main +\\| users ")
                .containsPattern("pg-tenant +\\| invoices ").containsPattern("pg-tenant +\\| tenants ");
        assertThat(output).contains("fk_orders_customerId", "fk_orders_productId", "fk_orders_tenantId");
        // !dbinfo calls every informational DatabaseMetaData method: all of them answer
        assertThat(output).containsPattern("getDatabaseProductName +MultiDB").containsPattern("getSearchStringEscape +\\\\")
                .containsPattern("isReadOnly +true").containsPattern("supportsTransactions +false");
    }
}
