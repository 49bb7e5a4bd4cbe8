package com.mkven.multidb.dialect;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.ir.ArrayOperator;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.CorrelatedSubquery;
import com.mkven.multidb.ir.HavingCondition;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.TableRefRewriter;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static com.mkven.multidb.dialect.DialectTestSupport.ORDERS;
import static com.mkven.multidb.dialect.DialectTestSupport.STATUS;
import static com.mkven.multidb.dialect.DialectTestSupport.comparison;
import static com.mkven.multidb.dialect.DialectTestSupport.resolve;
import static com.mkven.multidb.dialect.DialectTestSupport.selectWhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Postgres forms beyond the scenario table: counted-subquery variants, paging, count mode, casts, bad input. */
class PostgresDialectTest {
    private static final SqlDialect POSTGRES = new PostgresDialect();

    private static GeneratedSql generate(QueryDefinition definition) {
        return DialectTestSupport.generate(POSTGRES, definition);
    }

    private static GeneratedSql countedInvoices(ComparisonOperator operator, long value) {
        return DialectTestSupport.countedInvoices(POSTGRES, operator, value);
    }

    @Test
    void greaterThanCountLimitsTheScanToOneRowMoreThanTheCount() {
        GeneratedSql sql = countedInvoices(ComparisonOperator.GT, 2);

        assertThat(sql.sql()).endsWith("WHERE (SELECT COUNT(*) FROM (SELECT 1 FROM \"public\".\"invoices\" s1"
                + " WHERE s1.\"order_id\" = t0.\"id\" LIMIT 3) AS c) > $1");
        assertThat(sql.params()).containsExactly(2L);
    }

    @ParameterizedTest(name = "count {0} 2 is counted exactly")
    @CsvSource({"<, <", "<=, <=", "!=, <>", "=, ="})
    void otherCountOperatorsCompareTheExactCount(String operator, String rendered) {
        GeneratedSql sql = countedInvoices(comparison(operator), 2);

        assertThat(sql.sql()).endsWith("WHERE (SELECT COUNT(*) FROM \"public\".\"invoices\" s1"
                + " WHERE s1.\"order_id\" = t0.\"id\") " + rendered + " $1");
        assertThat(sql.params()).containsExactly(2L);
    }

    @Test
    void atLeastZeroIsAlwaysTrueAndFewerThanZeroAlwaysFalse() {
        assertThat(countedInvoices(ComparisonOperator.GE, 0).sql()).endsWith("WHERE true");
        assertThat(countedInvoices(ComparisonOperator.GE, 0).params()).isEmpty();
        assertThat(countedInvoices(ComparisonOperator.LT, 0).sql()).endsWith("WHERE false");
        assertThat(countedInvoices(ComparisonOperator.LE, 0).sql()).endsWith(") <= $1");
    }

    @Test
    void placeholdersAreNumberedInTextualOrderAcrossSubqueriesWhereAndHaving() {
        GeneratedSql sql = generate(QueryDefinition.builder("orders")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"))
                .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.EQ, 2),
                                QueryFilter.of("status", FilterOperator.EQ, "paid")),
                        QueryFilter.of("status", FilterOperator.NE, "cancelled"))
                .having(QueryFilter.of("totalSum", FilterOperator.GT, 100))
                .build());

        assertThat(sql.sql()).contains("s1.\"status\" = $1) = $2 AND t0.\"order_status\" <> $3 GROUP BY t0.\"order_status\""
                + " HAVING SUM(t0.\"total_amount\") > $4");
        assertThat(sql.params()).containsExactly("paid", 2L, "cancelled", 100);
    }

    @Test
    void orderByLimitAndOffsetComeLastWithInlineNumbers() {
        GeneratedSql sql = generate(QueryDefinition.builder("orders").columns("id")
                .orderBy(QueryOrderBy.desc("createdAt"), QueryOrderBy.asc("id")).limit(10).offset(20).build());

        assertThat(sql.sql()).isEqualTo("SELECT t0.\"id\" AS \"t0__id\" FROM \"public\".\"orders\" t0"
                + " ORDER BY t0.\"created_at\" DESC, t0.\"id\" ASC LIMIT 10 OFFSET 20");
        assertThat(sql.params()).isEmpty();
    }

    @Test
    void countModeSelectsCountOnlyAndKeepsJoinsAndFilters() {
        List<Object> ids = List.of(TestFixture.id("O1"), TestFixture.id("OX"));
        GeneratedSql sql = generate(QueryDefinition.builder("orders").byIds(ids)
                .join(new QueryJoin("products", Optional.empty(), Optional.empty(),
                        List.of(QueryFilter.of("category", FilterOperator.EQ, "electronics"))))
                .orderBy(QueryOrderBy.asc("id")).limit(5)
                .executeMode(ExecuteMode.COUNT).build());

        assertThat(sql.sql()).isEqualTo("SELECT COUNT(*) FROM \"public\".\"orders\" t0"
                + " LEFT JOIN \"public\".\"products\" t1 ON t0.\"product_id\" = t1.\"id\""
                + " WHERE t0.\"id\" = ANY($1::uuid[]) AND t1.\"category\" = $2");
        assertThat(sql.params()).containsExactly(ids, "electronics");
    }

    @Test
    void catalogsSetByThePlannerQualifyEveryTableIncludingSubqueries() {
        ResolveResult resolved = resolve(QueryDefinition.builder("orders").columns("id")
                .join(new QueryJoin("products", Optional.empty(), Optional.of(List.of()), List.of()))
                .filter(QueryExistsFilter.exists("invoices")).build());
        Map<String, String> catalogs = Map.of("orders", "pg_main", "products", "pg_main", "invoices", "pg_tenant");
        SqlParts parts = TableRefRewriter.rewrite(resolved.parts(), table -> table.readFrom(table.physicalName(),
                Optional.of(catalogs.get(resolved.tableIdOf(table.alias()).orElseThrow())), Optional.empty()));

        String sql = POSTGRES.generate(parts, resolved.params()).sql();

        assertThat(sql).contains("FROM \"pg_main\".\"public\".\"orders\" t0",
                "LEFT JOIN \"pg_main\".\"public\".\"products\" t1",
                "EXISTS (SELECT 1 FROM \"pg_tenant\".\"public\".\"invoices\" s2");
    }

    @ParameterizedTest(name = "{0} casts to {1}")
    @CsvSource({"STRING, text", "INT, integer", "DECIMAL, numeric", "UUID, uuid", "BOOLEAN, boolean", "DATE, date",
            "TIMESTAMP, timestamp"})
    void listsAndArrayElementsAreCastToThePostgresType(ColumnType type, String sqlType) {
        ColumnRef column = new ColumnRef("t0", "c");
        SqlParts parts = selectWhere(
                new WhereCondition(column, ConditionOperator.NOT_IN, OptionalInt.of(0), type),
                new WhereArrayCondition(column, ArrayOperator.CONTAINS, OptionalInt.of(1), type),
                new WhereArrayCondition(column, ArrayOperator.CONTAINS_ANY, OptionalInt.of(0), type));

        assertThat(POSTGRES.generate(parts, List.of(List.of(), "x")).sql()).endsWith("WHERE t0.\"c\" <> ALL($1::" + sqlType
                + "[]) AND $2::" + sqlType + " = ANY(t0.\"c\") AND t0.\"c\" && $3::" + sqlType + "[]");
    }

    @Test
    void havingMembershipUsesTheAggregateAndItsInferredType() {
        GeneratedSql sql = generate(QueryDefinition.builder("orders")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.countAll("orderCount"))
                .having(QueryFilter.in("orderCount", List.of(1, 2))).build());

        assertThat(sql.sql()).endsWith("HAVING COUNT(*) = ANY($1::integer[])");
    }

    @Test
    void impossibleParametersAreRejected() {
        WhereCondition like = new WhereCondition(STATUS, ConditionOperator.CONTAINS, OptionalInt.of(0), ColumnType.STRING);
        assertThatThrownBy(() -> POSTGRES.generate(selectWhere(like), List.of(42)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a pattern operator needs a string, not 42");
        assertThatThrownBy(() -> POSTGRES.generate(selectWhere(like), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no parameter 0 among 0");

        WhereCountedSubquery counted = new WhereCountedSubquery(new CorrelatedSubquery(TableRef.of("public.invoices", "s1"),
                new ColumnRef("t0", "id"), new ColumnRef("s1", "order_id"), List.of()), ComparisonOperator.GE, 0);
        assertThatThrownBy(() -> POSTGRES.generate(selectWhere(counted), List.of(2.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count must be a non-negative whole number, not 2.5");
        assertThatThrownBy(() -> POSTGRES.generate(selectWhere(counted), List.of(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count must be a non-negative whole number, not -1");
    }

    @Test
    void havingOnAnUnknownAliasIsRejected() {
        SqlParts parts = new SqlParts(List.of(STATUS), false, ORDERS, List.of(), List.of(), List.of(STATUS),
                List.of(new HavingCondition("ghost", ConditionOperator.IS_NULL, OptionalInt.empty(), ColumnType.INT)),
                List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), false);

        assertThatThrownBy(() -> POSTGRES.generate(parts, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("having names ghost, which is no aggregation alias");
    }
}
