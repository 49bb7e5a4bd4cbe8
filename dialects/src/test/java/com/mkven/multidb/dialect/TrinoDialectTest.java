package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.ArrayOperator;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.JsonArrayView;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereBetween;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static com.mkven.multidb.dialect.DialectTestSupport.STATUS;
import static com.mkven.multidb.dialect.DialectTestSupport.comparison;
import static com.mkven.multidb.dialect.DialectTestSupport.selectWhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trino forms beyond the scenario table: uuid casts, values only as parameters, catalogs, counted forms, typed values. */
class TrinoDialectTest {
    private static final SqlDialect TRINO = new TrinoDialect();
    private static final String INVOICE_KEYS = "SELECT s1.\"order_id\" FROM \"public\".\"invoices\" s1 WHERE s1.\"order_id\" IS NOT NULL"
            + " GROUP BY s1.\"order_id\" HAVING COUNT(*) ";

    @Test
    void everyBoundUuidIsCastInComparisonsListsRangesAndArrays() {
        ColumnRef id = new ColumnRef("t0", "id");
        SqlParts parts = selectWhere(
                new WhereCondition(id, ConditionOperator.NE, OptionalInt.of(0), ColumnType.UUID),
                new WhereCondition(id, ConditionOperator.NOT_IN, OptionalInt.of(1), ColumnType.UUID),
                new WhereBetween(id, false, 0, 0, ColumnType.UUID),
                new WhereArrayCondition(id, ArrayOperator.CONTAINS, OptionalInt.of(0), ColumnType.UUID),
                new WhereArrayCondition(id, ArrayOperator.CONTAINS_ALL, OptionalInt.of(1), ColumnType.UUID));
        String uuid = "10000000-0000-4000-8000-000000000001";

        GeneratedSql sql = TRINO.generate(parts, List.of(uuid, List.of(uuid, uuid)));

        String cast = "CAST(? AS uuid)";
        assertThat(sql.sql()).endsWith("WHERE t0.\"id\" <> " + cast + " AND t0.\"id\" NOT IN (" + cast + ", " + cast + ")"
                + " AND t0.\"id\" BETWEEN " + cast + " AND " + cast + " AND contains(t0.\"id\", " + cast + ")"
                + " AND cardinality(array_except(ARRAY[" + cast + ", " + cast + "], t0.\"id\")) = 0");
        assertThat(sql.params()).hasSize(8).containsOnly(uuid);
    }

    @Test
    void valuesNeverAppearInTheSqlText() {
        String hostile = "x' OR '1'='1'; DROP TABLE users; -- \\ ? $1 {p1:String}";

        GeneratedSql sql = DialectTestSupport.generate(TRINO, QueryDefinition.builder("users").columns("id")
                .filter(QueryFilter.of("email", FilterOperator.EQ, hostile),
                        QueryFilter.of("email", FilterOperator.ICONTAINS, hostile))
                .build());

        assertThat(sql.sql()).endsWith("WHERE t0.\"email\" = ? AND lower(t0.\"email\") LIKE lower(?) ESCAPE '\\'")
                .doesNotContain("DROP", "OR '1'");
        assertThat(sql.params()).containsExactly(hostile, "%" + LikePatterns.escape(hostile) + "%");
    }

    @Test
    void catalogsQualifyEveryTableIncludingNestedAndCountedSubqueries() {
        ResolveResult resolved = DialectTestSupport.resolve(QueryDefinition.builder("orders").columns("id")
                .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 2),
                        QueryExistsFilter.exists("tenants")))
                .build());

        String sql = TRINO.generate(ScenarioSql.withTrinoCatalogs(resolved), resolved.params()).sql();

        assertThat(sql).isEqualTo("SELECT t0.\"id\" AS \"t0__id\" FROM \"pg_main\".\"public\".\"orders\" t0"
                + " WHERE t0.\"id\" IN (SELECT s1.\"order_id\" FROM \"pg_tenant\".\"public\".\"invoices\" s1"
                + " WHERE s1.\"order_id\" IS NOT NULL AND EXISTS (SELECT 1 FROM \"pg_tenant\".\"public\".\"tenants\" s2"
                + " WHERE s2.\"id\" = s1.\"tenant_id\") GROUP BY s1.\"order_id\" HAVING COUNT(*) >= ?)");
    }

    @ParameterizedTest(name = "count {0} {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            ">=|2|t0.\"id\" IN (" + INVOICE_KEYS + ">= ?)",
            ">|2|t0.\"id\" IN (" + INVOICE_KEYS + "> ?)",
            "<|2|(t0.\"id\" IS NULL OR t0.\"id\" NOT IN (" + INVOICE_KEYS + ">= ?))",
            "<=|2|(t0.\"id\" IS NULL OR t0.\"id\" NOT IN (" + INVOICE_KEYS + "> ?))",
            "<=|0|(t0.\"id\" IS NULL OR t0.\"id\" NOT IN (" + INVOICE_KEYS + "> ?))",
            "=|2|(SELECT COUNT(*) FROM \"public\".\"invoices\" s1 WHERE s1.\"order_id\" = t0.\"id\") = ?",
            "!=|0|(SELECT COUNT(*) FROM \"public\".\"invoices\" s1 WHERE s1.\"order_id\" = t0.\"id\") <> ?"})
    void thresholdsAreSemiJoinsAndExactCountsStayCorrelated(String operator, long count, String where) {
        GeneratedSql sql = DialectTestSupport.countedInvoices(TRINO, comparison(operator), count);

        assertThat(sql.sql()).endsWith("WHERE " + where);
        assertThat(sql.params()).containsExactly(count);
    }

    @Test
    void valuesAreBoundAsTheJavaTypesTheDriverTakes() {
        SqlParts parts = selectWhere(
                new WhereCondition(new ColumnRef("t0", "total_amount"), ConditionOperator.IN, OptionalInt.of(0), ColumnType.DECIMAL),
                new WhereBetween(new ColumnRef("t0", "created_at"), true, 1, 2, ColumnType.TIMESTAMP),
                new WhereCondition(new ColumnRef("t0", "due_date"), ConditionOperator.LT, OptionalInt.of(3), ColumnType.DATE));

        GeneratedSql sql = TRINO.generate(parts, List.of(List.of(1, "1E+3", 2.5), "2024-01-01", "2024-06-30T23:59:59.999999-02:00",
                "2024-04-15"));

        assertThat(sql.sql()).endsWith("WHERE t0.\"total_amount\" IN (?, ?, ?) AND t0.\"created_at\" NOT BETWEEN ? AND ?"
                + " AND t0.\"due_date\" < ?");
        assertThat(sql.params()).containsExactly(new BigDecimal("1"), new BigDecimal("1000"), new BigDecimal("2.5"),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-07-01T01:59:59.999999Z"), LocalDate.parse("2024-04-15"));
    }

    @Test
    void havingRepeatsTheAggregateAndSpellsNotBetween() {
        GeneratedSql sql = DialectTestSupport.generate(TRINO, QueryDefinition.builder("orders")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.AVG, "total", "avgTotal"))
                .having(QueryFilter.of("avgTotal", FilterOperator.NOT_BETWEEN, Map.of("from", 1, "to", 3)),
                        QueryFilter.in("avgTotal", List.of(5, 6)))
                .build());

        assertThat(sql.sql()).endsWith("HAVING AVG(t0.\"total_amount\") NOT BETWEEN ? AND ? AND AVG(t0.\"total_amount\") IN (?, ?)")
                .doesNotContain("HAVING \"avgTotal\"");
    }

    @Test
    void emptyListsAreTheirTruthValueBecauseInNeedsAnElement() {
        SqlParts parts = selectWhere(
                new WhereCondition(STATUS, ConditionOperator.IN, OptionalInt.of(0), ColumnType.STRING),
                new WhereCondition(STATUS, ConditionOperator.NOT_IN, OptionalInt.of(0), ColumnType.STRING),
                new WhereArrayCondition(STATUS, ArrayOperator.CONTAINS_ALL, OptionalInt.of(0), ColumnType.STRING));

        GeneratedSql sql = TRINO.generate(parts, List.of(List.of()));

        assertThat(sql.sql()).endsWith("WHERE false AND true AND cardinality(array_except(ARRAY[], t0.\"order_status\")) = 0");
        assertThat(sql.params()).isEmpty();
    }
    @ParameterizedTest(name = "a JSON {0} column of a view is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "string[]|CAST(json_parse(\"a\") AS array(varchar))",
            "int[]|CAST(json_parse(\"a\") AS array(integer))",
            "boolean[]|CAST(json_parse(\"a\") AS array(boolean))",
            "decimal[]|CAST(json_parse(\"a\") AS array(decimal(38, 10)))",
            "uuid[]|transform(CAST(json_parse(\"a\") AS array(varchar)), e -> CAST(e AS uuid))",
            "date[]|transform(CAST(json_parse(\"a\") AS array(varchar)), e -> CAST(e AS date))",
            "timestamp[]|transform(CAST(json_parse(\"a\") AS array(varchar)), e -> CAST(e AS timestamp(6)))"})
    void aViewWithJsonArraysIsReadBackAsTheTable(String arrayType, String parsed) {
        ColumnType type = Arrays.stream(ColumnType.values()).filter(candidate -> candidate.wireName().equals(arrayType))
                .findFirst().orElseThrow();

        String sql = TRINO.generate(fromView(type), List.of()).sql();

        // every column reference reads the rebuilt table, so filters and the select list see a typed array
        assertThat(sql).isEqualTo("SELECT t0.\"a\" AS \"t0__a\" FROM (SELECT \"id\", " + parsed + " AS \"a\" FROM \"ch\".\"trino\".\"t\") t0"
                + " WHERE cardinality(t0.\"a\") > 0");
    }

    @Test
    void onlyTrinoReadsAViewOfJsonArrays() {
        SqlParts parts = fromView(ColumnType.STRING_ARRAY);

        for (SqlDialect dialect : List.of(new PostgresDialect(), new ClickHouseDialect())) {
            assertThatThrownBy(() -> dialect.generate(parts, List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("only the Trino dialect reads a table through a view of JSON arrays");
        }
    }

    /** {@code SELECT a FROM <view trino.t (id, a as JSON)> WHERE a is not empty}. */
    private static SqlParts fromView(ColumnType arrayType) {
        TableRef view = new TableRef("trino.t", "t0", Optional.of("ch"),
                Optional.of(new JsonArrayView(List.of("id", "a"), Map.of("a", arrayType))));
        ColumnRef column = new ColumnRef("t0", "a");
        WhereArrayCondition notEmpty = new WhereArrayCondition(column, ArrayOperator.IS_NOT_EMPTY, OptionalInt.empty(),
                arrayType.elementType().orElseThrow());
        return new SqlParts(List.of(column), false, view, List.of(), List.of(notEmpty), List.of(), List.of(), List.of(),
                List.of(), OptionalInt.empty(), OptionalInt.empty(), false);
    }

    @Test
    void aViewIsReadInJoinsAndSubqueriesAlike() {
        ResolveResult resolved = DialectTestSupport.resolve(QueryDefinition.builder("orders").columns("id")
                .filter(QueryExistsFilter.exists("events", QueryFilter.of("tags", FilterOperator.ARRAY_CONTAINS, "urgent")))
                .build());

        GeneratedSql sql = TRINO.generate(ScenarioSql.withTrinoCatalogs(resolved), resolved.params());

        assertThat(sql.sql()).isEqualTo("SELECT t0.\"id\" AS \"t0__id\" FROM \"pg_main\".\"public\".\"orders\" t0"
                + " WHERE EXISTS (SELECT 1 FROM (SELECT \"id\", \"event_type\", \"user_id\", \"order_id\", \"payload\","
                + " CAST(json_parse(\"tags\") AS array(varchar)) AS \"tags\", \"event_ts\" FROM \"ch_analytics\".\"trino\".\"events\") s1"
                + " WHERE s1.\"order_id\" = t0.\"id\" AND contains(s1.\"tags\", ?))");
        assertThat(sql.params()).containsExactly("urgent");
    }
}
