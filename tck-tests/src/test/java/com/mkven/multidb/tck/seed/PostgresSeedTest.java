package com.mkven.multidb.tck.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed lands in real PostgreSQL with the edge cases fixture.md §11.9 relies on. */
class PostgresSeedTest {
    @BeforeAll
    static void seed() {
        PostgresSeed.ensureLoaded();
    }

    @Test
    void everyTableHoldsItsSeedRows() throws SQLException {
        assertThat(count("pg_main", "public.users")).isEqualTo(6);
        assertThat(count("pg_main", "public.orders")).isEqualTo(7);
        assertThat(count("pg_main", "public.products")).isEqualTo(5);
        assertThat(count("pg_main", "replicas.tenants")).isEqualTo(3);
        assertThat(count("pg_tenant", "public.tenants")).isEqualTo(3);
        assertThat(count("pg_tenant", "public.invoices")).isEqualTo(7);
    }

    @Test
    void pgMainHoldsTheCopiesThatLetEveryScenarioRunOnPostgres() throws SQLException {
        assertThat(count("pg_main", "public.invoices")).isEqualTo(7);
        assertThat(count("pg_main", "\"default\".events")).isEqualTo(5);
        assertThat(count("pg_main", "\"default\".metrics")).isEqualTo(3);
        assertThat(scalar("pg_main", "SELECT count(*) FROM \"default\".events WHERE cardinality(tags) = 0")).isEqualTo("2");
    }

    @Test
    void edgeCasesSurviveTheLoad() throws SQLException {
        assertThat(scalar("pg_main", "SELECT count(*) FROM public.orders WHERE discount IS NULL")).isEqualTo("7");
        // case-sensitive: Smith 1, Smyth 2, Smit 2 (fixture.md §11.4)
        assertThat(scalar("pg_main", "SELECT string_agg(last_name, ',' ORDER BY last_name) FROM public.users WHERE levenshtein(last_name, 'smith') <= 2"))
                .isEqualTo("Smit,Smith,Smyth");
        assertThat(scalar("pg_main", "SELECT array_to_string(priorities, ',') FROM public.orders WHERE id = '40000000-0000-4000-8000-000000000001'"))
                .isEqualTo("1,2,3");
        assertThat(scalar("pg_main", "SELECT total_amount::text FROM public.orders WHERE id = '40000000-0000-4000-8000-000000000004'"))
                .isEqualTo("75.50");
        assertThat(scalar("pg_tenant", "SELECT count(order_id) FROM public.invoices")).isEqualTo("5");
        // NULL and empty arrays stay apart: O4's priorities NULL, O3's empty; P4's labels NULL, P3's empty
        assertThat(scalar("pg_main", "SELECT count(*) FROM public.orders WHERE priorities IS NULL")).isEqualTo("1");
        assertThat(scalar("pg_main", "SELECT count(*) FROM public.orders WHERE cardinality(priorities) = 0")).isEqualTo("1");
        assertThat(scalar("pg_main", "SELECT count(*) FROM public.products WHERE labels IS NULL")).isEqualTo("1");
    }

    private static long count(String database, String table) throws SQLException {
        return Long.parseLong(scalar(database, "SELECT count(*) FROM " + table));
    }

    private static String scalar(String database, String sql) throws SQLException {
        try (Connection connection = PostgresSeed.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
