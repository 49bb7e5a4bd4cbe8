package com.mkven.multidb.tck.generation;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.tck.seed.PostgresSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine differences that cannot be normalised (decisions.md §16), each pinned per engine on the same query and
 * seed, so a change in any engine's behaviour shows here. Listed in the README's "Engine differences".
 */
class EngineDifferencesTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    private static final Map<ScenarioEngine, MultiDb> OPEN = new EnumMap<>(ScenarioEngine.class);

    @Test
    @DisplayName("#186 isNull on an array column: ClickHouse has no NULL arrays, the others find O4's")
    void nullArrays() {
        QueryDefinition nullPriorities = QueryDefinition.builder("orders").columns("id")
                .filter(QueryFilter.unary("priorities", FilterOperator.IS_NULL)).build();

        assertThat(ids(ScenarioEngine.POSTGRES, nullPriorities)).containsExactly(id("O4"));
        assertThat(ids(ScenarioEngine.TRINO, nullPriorities)).containsExactly(id("O4"));
        assertThat(ids(ScenarioEngine.ICEBERG, nullPriorities)).containsExactly(id("O4"));
        // the replica stores O4's NULL priorities as [] (fixture.md §11.6)
        assertThat(ids(ScenarioEngine.CLICKHOUSE, nullPriorities)).isEmpty();
    }

    @Test
    @DisplayName("#184 arrayIsEmpty: a NULL array is empty on ClickHouse and unknown (so not matched) elsewhere")
    void emptyArrays() {
        QueryDefinition emptyPriorities = QueryDefinition.builder("orders").columns("id")
                .filter(QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_EMPTY)).build();

        assertThat(ids(ScenarioEngine.POSTGRES, emptyPriorities)).containsExactly(id("O3"));
        assertThat(ids(ScenarioEngine.TRINO, emptyPriorities)).containsExactly(id("O3"));
        assertThat(ids(ScenarioEngine.ICEBERG, emptyPriorities)).containsExactly(id("O3"));
        assertThat(ids(ScenarioEngine.CLICKHOUSE, emptyPriorities)).containsExactlyInAnyOrder(id("O3"), id("O4"));
    }

    @Test
    @DisplayName("#129 AVG: PostgreSQL numeric, Trino keeps the column's decimal(12,2), ClickHouse computes a Float64")
    void averagePrecision() {
        QueryDefinition average = QueryDefinition.builder("orders").columns(List.of())
                .aggregation(QueryAggregation.of(AggregationFn.AVG, "total", "avgTotal")).build();

        // 2160.50 / 7 = 308.642857142857142857…
        assertThat(single(ScenarioEngine.POSTGRES, average)).isEqualByComparingTo("308.6428571428571429");
        assertThat(single(ScenarioEngine.TRINO, average)).isEqualByComparingTo("308.64");
        assertThat(single(ScenarioEngine.ICEBERG, average)).isEqualByComparingTo("308.64");
        assertThat(single(ScenarioEngine.CLICKHOUSE, average)).isEqualByComparingTo(new BigDecimal(Double.toString(2160.50 / 7)));
    }

    @Test
    @DisplayName("string ORDER BY: ClickHouse and Trino compare bytes, PostgreSQL uses the database collation")
    void stringOrder() throws SQLException {
        QueryDefinition byEmail = QueryDefinition.builder("users").columns("email").orderBy(QueryOrderBy.asc("email")).build();
        List<String> byBytes = seedEmailsByBytes();

        assertThat(emails(ScenarioEngine.CLICKHOUSE, byEmail)).containsExactlyElementsOf(byBytes);
        assertThat(emails(ScenarioEngine.TRINO, byEmail)).containsExactlyElementsOf(byBytes);
        assertThat(emails(ScenarioEngine.POSTGRES, byEmail)).containsExactlyElementsOf(postgresOrder());
    }

    @AfterAll
    static void close() {
        OPEN.values().forEach(MultiDb::close);
        OPEN.clear();
    }

    private static List<UUID> ids(ScenarioEngine engine, QueryDefinition definition) {
        return column(engine, definition, "id").stream().map(UUID.class::cast).toList();
    }

    private static List<String> emails(ScenarioEngine engine, QueryDefinition definition) {
        return column(engine, definition, "email").stream().map(String.class::cast).toList();
    }

    private static BigDecimal single(ScenarioEngine engine, QueryDefinition definition) {
        List<Object> values = column(engine, definition, "avgTotal");
        assertThat(values).hasSize(1);
        return (BigDecimal) values.get(0);
    }

    private static List<Object> column(ScenarioEngine engine, QueryDefinition definition, String key) {
        DataResult result = (DataResult) OPEN.computeIfAbsent(engine, ScenarioEngine::open).query(definition, ADMIN);
        List<Object> values = new ArrayList<>();
        result.data().forEach(row -> values.add(row.get(key)));
        return values;
    }

    /** PostgreSQL's own order for the same column: C.UTF-8 on the test cluster equals byte order, other locales do not. */
    private static List<String> postgresOrder() throws SQLException {
        PostgresSeed.ensureLoaded();
        List<String> emails = new ArrayList<>();
        try (Connection connection = PostgresSeed.connect("pg_main");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT email FROM public.users ORDER BY email")) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        }
        return emails;
    }

    private static UUID id(String label) {
        return UUID.fromString(TestFixture.id(label));
    }

    /** The seed's user emails (fixture.md §11.4), all ASCII: Java's String order is their byte order. */
    private static List<String> seedEmailsByBytes() {
        List<String> emails = new ArrayList<>();
        TestFixture.seed().path("users").forEach(user -> emails.add(user.path("email").asText()));
        emails.sort(String::compareTo);
        return emails;
    }
}
