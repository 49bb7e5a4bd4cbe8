package com.mkven.multidb.server.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code multidb demo} end to end: a real embedded PostgreSQL, the JDBC driver, every section, nothing left running. */
class DemoCommandTest {
    private static CommandOutput demo;

    @BeforeAll
    static void runDemo() {
        demo = CommandOutput.run("demo");
    }

    @Test
    void everyStepShowsWhatItShouldAndTheDemoExitsWithZero() {
        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(ExitCode.OK);
        assertThat(demo.out()).doesNotContain("UNEXPECTED");
        assertThat(demo.err()).isEmpty();
    }

    @Test
    void theJsonAndTheSqlQueryGiveTheSameRows() {
        assertThat(section(1)).contains("> " + DemoWalkthrough.JSON_QUERY, "(4 rows)");
        assertThat(section(2)).contains("> " + DemoWalkthrough.SQL_QUERY, "Same columns and rows as the JSON query: yes");
        assertThat(table(section(1))).isEqualTo(table(section(2)));
    }

    @Test
    void aJoinAndAnAggregationWithHavingRun() {
        assertThat(section(3)).contains("| firstName | lastName", "| 1200.00 | John      | Smith", "(4 rows)");
        assertThat(section(4)).contains(" active    |          2 | 1275.50", "(3 rows)").doesNotContain("pending");
    }

    @Test
    void tenantUserSeesEmailsMaskedWhereAdminSeesThemClear() {
        assertThat(section(5)).contains("(roles=tenant-user)", "| a***@***.com").doesNotContain("admin@example.com");
        assertThat(section(6)).contains("(roles=admin)", "| admin@example.com").doesNotContain("***");
    }

    @Test
    void tenantUserIsDeniedTenantsWithTheAccessRuleState() {
        assertThat(section(7)).contains("ERROR 42501 ", "ACCESS_DENIED", "tenants");
    }

    @Test
    void explainShowsTheDirectTheReplicaAndTheTrinoStrategy() {
        assertThat(section(8)).contains("strategy       | direct", "targetDatabase | pg-main", "FROM \"public\".\"orders\"");
        assertThat(section(9)).contains("strategy       | materialized", "\"replicas\".\"tenants\"",
                "Run for real:", "| Acme Corp | enterprise");
        assertThat(section(10)).contains("strategy       | trino-cross-db", "targetDatabase | trino", "dialect        | trino",
                "\"pg_tenant\".\"public\".\"invoices\"");
    }

    @Test
    void nothingIsLeftRunning() {
        assertThat(demo.out().strip()).endsWith(DemoCommand.STOPPED);
        Matcher port = Pattern.compile("PostgreSQL is up on port (\\d+)").matcher(demo.out());
        assertThat(port.find()).as(demo.out()).isTrue();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", Integer.parseInt(port.group(1))), 1_000);
            }
        }).isInstanceOf(IOException.class);
    }

    /** The text of section {@code number}, from its heading to the next one. */
    private static String section(int number) {
        String out = demo.out();
        int start = out.indexOf("\n" + number + ". ");
        assertThat(start).as("section %d in%n%s", number, out).isNotNegative();
        int end = out.indexOf("\n" + (number + 1) + ". ", start);
        return out.substring(start, end < 0 ? out.length() : end);
    }

    /** The result table of a section: from its header line to the row count. */
    private static String table(String section) {
        int start = section.indexOf("\n id ");
        return section.substring(start, section.indexOf("rows)", start));
    }
}
