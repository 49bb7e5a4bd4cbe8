package com.mkven.multidb.dialect;

import com.mkven.multidb.access.EffectiveAccess;
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
import com.mkven.multidb.ir.WhereGroup;
import com.mkven.multidb.ir.WhereNode;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.resolve.NameResolver;
import com.mkven.multidb.resolve.ResolveResult;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Postgres forms beyond the scenario table: counted-subquery variants, paging, count mode, quoting, bad input. */
class PostgresDialectTest {
    private static final MetadataIndex INDEX = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());
    private static final SqlDialect POSTGRES = new PostgresDialect();
    private static final TableRef ORDERS = TableRef.of("public.orders", "t0");
    private static final ColumnRef STATUS = new ColumnRef("t0", "order_status");

    private static GeneratedSql generate(QueryDefinition definition) {
        ResolveResult resolved = resolve(definition);
        return POSTGRES.generate(resolved.parts(), resolved.params());
    }

    private static ResolveResult resolve(QueryDefinition definition) {
        return NameResolver.resolve(definition, INDEX, EffectiveAccess.resolve(ContextRoles.user("admin"), INDEX));
    }

    private static GeneratedSql countedInvoices(ComparisonOperator operator, long value) {
        return generate(QueryDefinition.builder("orders").columns("id")
                .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(operator, value))).build());
    }

    /** {@code SELECT t0."order_status" … FROM orders t0 WHERE <where>}, built directly as IR. */
    private static SqlParts selectWhere(WhereNode... where) {
        return new SqlParts(List.of(STATUS), false, ORDERS, List.of(), List.of(where), List.of(), List.of(), List.of(),
                List.of(), OptionalInt.empty(), OptionalInt.empty(), false);
    }

    @Test
    void isFoundByServiceLoaderUnderItsName() {
        assertThat(ServiceLoader.load(SqlDialect.class)).anySatisfy(dialect -> {
            assertThat(dialect).isInstanceOf(PostgresDialect.class);
            assertThat(dialect.name()).isEqualTo(DialectName.POSTGRES);
        });
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
        ComparisonOperator comparison = Arrays.stream(ComparisonOperator.values())
                .filter(candidate -> candidate.wireName().equals(operator)).findFirst().orElseThrow();

        GeneratedSql sql = countedInvoices(comparison, 2);

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
                Optional.of(catalogs.get(resolved.tableIdOf(table.alias()).orElseThrow()))));

        String sql = POSTGRES.generate(parts, resolved.params()).sql();

        assertThat(sql).contains("FROM \"pg_main\".\"public\".\"orders\" t0",
                "LEFT JOIN \"pg_main\".\"public\".\"products\" t1",
                "EXISTS (SELECT 1 FROM \"pg_tenant\".\"public\".\"invoices\" s2");
    }

    @Test
    void quotesInIdentifiersAreDoubled() {
        SqlParts parts = new SqlParts(List.of(new ColumnRef("t0", "odd\"name")), false, TableRef.of("my\"schema.t", "t0"),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), false);

        assertThat(POSTGRES.generate(parts, List.of()).sql())
                .isEqualTo("SELECT t0.\"odd\"\"name\" AS \"t0__odd\"\"name\" FROM \"my\"\"schema\".\"t\" t0");
    }

    @Test
    void backslashesInPlainPatternValuesAreEscapedToo() {
        GeneratedSql sql = generate(QueryDefinition.builder("users").columns("id")
                .filter(QueryFilter.of("email", FilterOperator.ISTARTS_WITH, "a\\b_%")).build());

        assertThat(sql.sql()).endsWith("WHERE t0.\"email\" ILIKE $1");
        assertThat(sql.params()).containsExactly("a\\\\b\\_\\%%");
    }

    @Test
    void anEmptyGroupIsItsIdentity() {
        SqlParts parts = selectWhere(
                new WhereGroup(FilterLogic.AND, false, List.of()), new WhereGroup(FilterLogic.OR, true, List.of()));

        assertThat(POSTGRES.generate(parts, List.of()).sql()).endsWith("WHERE (true) AND NOT (false)");
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
    void nullValuesPassThroughToTheBoundParams() {
        List<Object> withNull = Arrays.asList("active", null);
        GeneratedSql sql = POSTGRES.generate(
                selectWhere(new WhereCondition(STATUS, ConditionOperator.IN, OptionalInt.of(0), ColumnType.STRING)),
                Arrays.asList(withNull));

        assertThat(sql.params()).containsExactly(withNull);
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
