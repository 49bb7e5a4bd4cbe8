package com.mkven.multidb.server.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The queries of {@code multidb demo}, run through the JDBC driver on the fixture: each section prints its query
 * and what came back. Every step knows what it should show; one that shows something else is reported and makes
 * the demo end with {@link ExitCode#QUERY_ERROR}, so a broken build cannot pass for a working demo.
 */
final class DemoWalkthrough {
    static final String JSON_QUERY = """
            {"from":"orders","columns":["id","status","total"],\
            "filters":[{"column":"status","operator":"in","value":["active","shipped"]}],\
            "orderBy":[{"column":"id","direction":"asc"}]}""";
    static final String SQL_QUERY = "SELECT id, status, total FROM orders WHERE status IN ('active', 'shipped') ORDER BY id";
    static final String JOIN_QUERY = "SELECT orders.id, orders.total, users.firstName, users.lastName FROM orders "
            + "JOIN users ON orders.customerId = users.id WHERE orders.total > 100 ORDER BY orders.total DESC";
    static final String AGGREGATION_QUERY = "SELECT status, COUNT(*) AS orderCount, SUM(total) AS revenue FROM orders "
            + "GROUP BY status HAVING COUNT(*) >= 2 ORDER BY revenue DESC";
    static final String MASKING_QUERY = "SELECT firstName, lastName, email FROM users ORDER BY lastName";
    static final String DENIED_QUERY = "SELECT id, name, plan FROM tenants";
    static final String DIRECT_QUERY = "SELECT id, status FROM orders WHERE status = 'active'";
    static final String REPLICA_QUERY = "SELECT orders.id, orders.status, tenants.name, tenants.plan FROM orders "
            + "JOIN tenants ORDER BY orders.id LIMIT 4";
    static final String TRINO_QUERY = "SELECT orders.id, invoices.amount, invoices.status FROM orders "
            + "JOIN invoices WHERE invoices.status = 'paid'";

    private static final String ACCESS_DENIED = "42501";

    private final PrintStream out;
    private final String configUrl;
    private int section;
    private boolean asExpected = true;

    /** @param configUrl {@code jdbc:multidb:file:<config>}, without properties */
    DemoWalkthrough(PrintStream out, String configUrl) {
        this.out = requireNonNull(out, "out is null");
        this.configUrl = requireNonNull(configUrl, "configUrl is null");
    }

    /** Runs every section; the connections (and with the last of them the engine) are closed on every path. */
    ExitCode run() {
        try (Connection admin = connect("admin"); Connection tenantUser = connect("tenant-user")) {
            jsonAndSql(admin);
            join(admin);
            aggregation(admin);
            masking(admin, tenantUser);
            accessDenied(tenantUser);
            explain(admin);
        } catch (SQLException e) {
            out.println(ErrorLine.of(e));
            return ExitCode.CONNECTION_ERROR;
        }
        return asExpected ? ExitCode.OK : ExitCode.QUERY_ERROR;
    }

    private Connection connect(String roles) throws SQLException {
        return DriverManager.getConnection(url(roles));
    }

    private String url(String roles) {
        return configUrl + "?roles=" + roles;
    }

    private void jsonAndSql(Connection admin) {
        heading("A JSON query definition", "admin");
        Optional<ResultTable> json = rows(admin, JSON_QUERY);
        heading("The same query in SQL", "admin");
        Optional<ResultTable> sql = rows(admin, SQL_QUERY);
        boolean same = json.isPresent() && json.equals(sql);
        out.println("Same columns and rows as the JSON query: " + (same ? "yes" : "NO"));
        expect(same, "the JSON and the SQL query should give the same result");
    }

    private void join(Connection admin) {
        heading("A join: orders over 100 with their customers", "admin");
        rows(admin, JOIN_QUERY);
    }

    private void aggregation(Connection admin) {
        heading("An aggregation with HAVING: statuses with at least two orders", "admin");
        rows(admin, AGGREGATION_QUERY);
    }

    private void masking(Connection admin, Connection tenantUser) {
        heading("Masking: tenant-user sees users.email masked", "tenant-user");
        Optional<ResultTable> masked = rows(tenantUser, MASKING_QUERY);
        heading("Masking: the same query as admin", "admin");
        Optional<ResultTable> clear = rows(admin, MASKING_QUERY);
        expect(masked.isPresent() && clear.isPresent() && !masked.equals(clear), "tenant-user and admin should see different emails");
    }

    private void accessDenied(Connection tenantUser) {
        heading("Access denied: tenant-user has no grant on tenants", "tenant-user");
        echo(DENIED_QUERY);
        try (Statement statement = tenantUser.createStatement(); ResultSet rows = statement.executeQuery(DENIED_QUERY)) {
            out.print(ResultTable.read(rows).render());
            expect(false, "the query should have been refused with " + ACCESS_DENIED);
        } catch (SQLException e) {
            out.println(ErrorLine.of(e));
            expect(ACCESS_DENIED.equals(e.getSQLState()), "the refusal should carry SQLState " + ACCESS_DENIED);
        }
    }

    private void explain(Connection admin) {
        heading("EXPLAIN: orders alone run directly on pg-main", "admin");
        explained(admin, DIRECT_QUERY, "direct");
        heading("EXPLAIN: orders + tenants run on pg-main, tenants read from its replica replicas.tenants", "admin");
        explained(admin, REPLICA_QUERY, "materialized");
        out.println("Run for real:");
        rows(admin, REPLICA_QUERY);
        heading("EXPLAIN: orders + invoices span pg-main and pg-tenant, Trino joins them (no Trino here: plan only)", "admin");
        explained(admin, TRINO_QUERY, "trino-cross-db");
    }

    private void explained(Connection admin, String query, String strategy) {
        Optional<ResultTable> plan = rows(admin, "EXPLAIN " + query);
        List<String> strategies = plan.map(table -> table.values("strategy")).orElse(List.of());
        expect(strategies.equals(List.of(strategy)), "the plan should use strategy " + strategy + ", got " + strategies);
    }

    /** Prints the query and its table, or the error line of an unexpected failure. */
    private Optional<ResultTable> rows(Connection connection, String text) {
        echo(text);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(text)) {
            ResultTable table = ResultTable.read(rows);
            out.print(table.render());
            return Optional.of(table);
        } catch (SQLException e) {
            out.println(ErrorLine.of(e));
            expect(false, "the query should have run");
            return Optional.empty();
        }
    }

    private void heading(String title, String roles) {
        String line = ++section + ". " + title + "  (roles=" + roles + ")";
        out.println();
        out.println(line);
        out.println("-".repeat(line.length()));
    }

    private void echo(String text) {
        out.println("> " + text);
        out.println();
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            asExpected = false;
            out.println("UNEXPECTED: " + what);
        }
    }
}
