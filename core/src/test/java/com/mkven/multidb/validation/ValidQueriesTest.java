package com.mkven.multidb.validation;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.JoinType;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.query.SortDirection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static com.mkven.multidb.validation.QueryValidation.object;
import static com.mkven.multidb.validation.QueryValidation.validate;
import static org.assertj.core.api.Assertions.assertThat;

/** Typical queries over the fixture validate without any issue. */
class ValidQueriesTest {
    private static QueryJoin join(String table, JoinType type, List<String> columns, QueryFilter... filters) {
        return new QueryJoin(table, Optional.of(type), Optional.of(columns), List.of(filters));
    }

    private static QueryColumnFilter columnFilter(String table, String column, ComparisonOperator operator,
            String refTable, String refColumn) {
        return new QueryColumnFilter(column, Optional.of(table), operator, refColumn, Optional.of(refTable));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("filters, joins, sorting and paging", QueryDefinition.builder("orders")
                        .columns("id", "status", "total", "createdAt")
                        .filter(QueryFilter.of("status", FilterOperator.EQ, "active"),
                                QueryFilter.of("total", FilterOperator.GT, 100),
                                QueryFilter.between("createdAt", "2024-01-01", "2024-12-31"),
                                QueryFilter.of("products", "name", FilterOperator.ICONTAINS, "pro"))
                        .join(join("products", JoinType.LEFT, List.of("name")), QueryJoin.of("users"))
                        .orderBy(new QueryOrderBy("createdAt", Optional.empty(), SortDirection.DESC),
                                new QueryOrderBy("lastName", Optional.of("users"), SortDirection.ASC))
                        .limit(10).offset(20).build()),
                Arguments.of("join filters default to the join and may name from", QueryDefinition.builder("orders")
                        .join(new QueryJoin("products", Optional.empty(), Optional.empty(), List.of(
                                QueryFilter.of("category", FilterOperator.EQ, "electronics"),
                                QueryFilter.of("orders", "status", FilterOperator.NE, "cancelled"))))
                        .build()),
                Arguments.of("join chained through an earlier join", QueryDefinition.builder("products")
                        .join(QueryJoin.of("orders"), QueryJoin.of("invoices")).build()),
                Arguments.of("EXISTS chain orders ⊃ invoices ⊃ tenants", QueryDefinition.builder("orders")
                        .filter(QueryExistsFilter.exists("invoices", QueryFilter.of("status", FilterOperator.EQ, "paid"),
                                QueryExistsFilter.exists("tenants", QueryFilter.of("plan", FilterOperator.EQ, "pro"))))
                        .build()),
                Arguments.of("NOT EXISTS", QueryDefinition.builder("users")
                        .filter(QueryExistsFilter.notExists("orders")).build()),
                Arguments.of("EXISTS inside an OR group", QueryDefinition.builder("orders")
                        .filter(QueryFilterGroup.or(QueryFilter.of("status", FilterOperator.EQ, "active"),
                                QueryExistsFilter.exists("invoices")).negated()).build()),
                Arguments.of("top-level EXISTS relating to a joined table", QueryDefinition.builder("products")
                        .join(QueryJoin.of("orders")).filter(QueryExistsFilter.exists("invoices")).build()),
                Arguments.of("EXISTS in a join's filters relates to the join", QueryDefinition.builder("orders")
                        .join(new QueryJoin("users", Optional.empty(), Optional.empty(),
                                List.of(QueryExistsFilter.exists("events")))).build()),
                Arguments.of("exists: false with a count (#157)", QueryDefinition.builder("orders")
                        .filter(new QueryExistsFilter(Optional.of(false), "invoices", List.of(),
                                Optional.of(new ExistsCount(ComparisonOperator.GE, new BigDecimal("3"))))).build()),
                Arguments.of("counted EXISTS with 0 and an inner filter", QueryDefinition.builder("orders")
                        .filter(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.EQ, 0),
                                QueryFilter.of("status", FilterOperator.EQ, "paid"))).build()),
                Arguments.of("aggregations with having and sorting by alias", QueryDefinition.builder("orders")
                        .groupBy(QueryGroupBy.of("status"))
                        .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"),
                                QueryAggregation.countAll("cnt"),
                                QueryAggregation.of(AggregationFn.AVG, "quantity", "avgQuantity"),
                                QueryAggregation.of(AggregationFn.MIN, "createdAt", "firstAt"))
                        .having(QueryFilterGroup.or(QueryFilter.of("totalSum", FilterOperator.GT, 100),
                                        QueryFilter.between("cnt", 1, 10)).negated(),
                                QueryFilter.in("cnt", List.of(1, 2, 3)),
                                QueryFilter.of("avgQuantity", FilterOperator.LE, "2.5"),
                                QueryFilter.of("firstAt", FilterOperator.GE, "2024-01-01T00:00:00Z"))
                        .orderBy(QueryOrderBy.desc("totalSum"), QueryOrderBy.asc("status"))
                        .build()),
                Arguments.of("isNull on an alias needs no nullable flag (#197)", QueryDefinition.builder("orders")
                        .groupBy(QueryGroupBy.of("status"))
                        .aggregation(QueryAggregation.of(AggregationFn.SUM, "discount", "discountSum"))
                        .having(QueryFilter.unary("discountSum", FilterOperator.IS_NULL)).build()),
                Arguments.of("aggregation-only query", QueryDefinition.builder("orders").columns(List.of())
                        .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "sum")).build()),
                Arguments.of("grouping by a joined column, join selects nothing", QueryDefinition.builder("orders")
                        .join(join("products", JoinType.INNER, List.of()))
                        .groupBy(new QueryGroupBy("category", Optional.of("products")))
                        .aggregation(QueryAggregation.countAll("cnt"),
                                new QueryAggregation("price", Optional.of("products"), AggregationFn.MAX, "maxPrice"))
                        .build()),
                Arguments.of("grouping by a joined column, join columns omitted (#21)", QueryDefinition.builder("orders")
                        .join(QueryJoin.of("products"))
                        .groupBy(new QueryGroupBy("category", Optional.of("products")))
                        .aggregation(QueryAggregation.countAll("cnt")).build()),
                Arguments.of("DISTINCT with GROUP BY (#163)", QueryDefinition.builder("orders").distinct(true)
                        .groupBy(QueryGroupBy.of("status"))
                        .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum")).build()),
                Arguments.of("count of an array column", QueryDefinition.builder("events")
                        .aggregation(QueryAggregation.of(AggregationFn.COUNT, "tags", "tagged")).build()),
                Arguments.of("byIds with a join (#156)", QueryDefinition.builder("orders")
                        .byIds(TestFixture.id("O1"), TestFixture.id("O2")).join(QueryJoin.of("products")).build()),
                Arguments.of("byIds in count mode", QueryDefinition.builder("users").executeMode(ExecuteMode.COUNT)
                        .byIds(TestFixture.id("U1"), TestFixture.id("UX")).build()),
                Arguments.of("column filters: same table, int↔decimal, date↔timestamp, across a join",
                        QueryDefinition.builder("orders")
                                .join(QueryJoin.of("invoices"))
                                .filter(QueryColumnFilter.of("total", ComparisonOperator.GT, "discount"),
                                        QueryColumnFilter.of("quantity", ComparisonOperator.LT, "total"),
                                        columnFilter("orders", "total", ComparisonOperator.GE, "invoices", "amount"),
                                        columnFilter("invoices", "dueDate", ComparisonOperator.LT, "invoices", "issuedAt"),
                                        QueryColumnFilter.of("id", ComparisonOperator.EQ, "productId"),
                                        QueryColumnFilter.of("isPaid", ComparisonOperator.NE, "isPaid"))
                                .build()),
                Arguments.of("pattern, fuzzy, null and array operators", QueryDefinition.builder("products")
                        .filter(QueryFilter.of("name", FilterOperator.LIKE, "Lap%"),
                                QueryFilter.of("name", FilterOperator.ISTARTS_WITH, "oak"),
                                QueryFilter.levenshteinLte("category", "furnture", 2),
                                QueryFilter.unary("labels", FilterOperator.IS_NOT_NULL),
                                QueryFilter.of("labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale", "new")),
                                QueryFilter.unary("labels", FilterOperator.ARRAY_IS_NOT_EMPTY),
                                QueryFilter.of("price", FilterOperator.NOT_BETWEEN, object("from", "10", "to", 20.5)))
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void validQuery(String description, QueryDefinition definition) {
        assertThat(validate(definition)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restrictedQueries")
    void validForRestrictedRoles(String description, ExecutionContext context, QueryDefinition definition) {
        assertThat(validate(definition, context)).isEmpty();
    }

    static Stream<Arguments> restrictedQueries() {
        return Stream.of(
                Arguments.of("tenant-user on its granted columns", ExecutionContext.ofUserRoles("tenant-user"),
                        QueryDefinition.builder("orders").columns("id", "total")
                                .filter(QueryFilter.of("status", FilterOperator.EQ, "active"))
                                .join(QueryJoin.of("users")).orderBy(QueryOrderBy.asc("createdAt")).build()),
                Arguments.of("tenant-user with columns omitted (denied ones are dropped, not refused)",
                        ExecutionContext.ofUserRoles("tenant-user"), QueryDefinition.builder("users").build()),
                Arguments.of("user scope only: the omitted service scope restricts nothing",
                        ExecutionContext.ofUserRoles("analytics-reader"), QueryDefinition.builder("events").build()));
    }
}
