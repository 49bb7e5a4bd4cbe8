package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExecuteMode;
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
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of jdbc.md's "SQL subset" table, each with the exact definition expected. */
class SubsetTableTest {
    @Test
    void selectedColumnsBecomeColumns() {
        assertThat(Sql.definition("SELECT id, status FROM orders"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id", "status").build());
    }

    @Test
    void starLeavesColumnsOut() {
        assertThat(Sql.definition("SELECT * FROM orders")).isEqualTo(QueryDefinition.builder("orders").build());
    }

    @Test
    void selectDistinctIsDistinct() {
        assertThat(Sql.definition("SELECT DISTINCT status FROM orders"))
                .isEqualTo(QueryDefinition.builder("orders").distinct(true).columns("status").build());
    }

    @Test
    void joinsWithAliasesQualifiersAndOnBecomeJoins() {
        QueryDefinition expected = QueryDefinition.builder("orders").columns("id")
                .join(join("products", JoinType.INNER, List.of("name")))
                .join(join("users", JoinType.LEFT, List.of()))
                .join(join("tenants", JoinType.INNER, List.of("plan")))
                .build();

        assertThat(Sql.definition("SELECT o.id, p.name, t.plan FROM orders o JOIN products p ON o.productId = p.id "
                + "LEFT JOIN users u INNER JOIN tenants t ON t.id = o.tenantId")).isEqualTo(expected);
    }

    @Test
    void whereWithAndOrNotAndParenthesesBecomesFiltersAndGroups() {
        QueryDefinition expected = QueryDefinition.builder("orders")
                .filter(QueryFilter.of("status", FilterOperator.EQ, "paid"),
                        QueryFilterGroup.or(QueryFilter.of("total", FilterOperator.GT, 100),
                                QueryFilter.unary("discount", FilterOperator.IS_NULL)),
                        QueryFilterGroup.and(QueryFilter.of("isPaid", FilterOperator.EQ, true)).negated())
                .build();

        assertThat(Sql.definition("SELECT * FROM orders WHERE status = 'paid' AND (total > 100 OR discount IS NULL) "
                + "AND NOT isPaid = TRUE")).isEqualTo(expected);
    }

    @Test
    void operatorsBecomeTheSameOperators() {
        QueryDefinition expected = QueryDefinition.builder("orders")
                .filter(QueryFilter.of("quantity", FilterOperator.NE, 1),
                        QueryFilter.of("status", FilterOperator.NOT_IN, List.of("a", "b")),
                        QueryFilter.of("status", FilterOperator.ILIKE, "pa%"),
                        QueryFilter.unary("discount", FilterOperator.IS_NOT_NULL),
                        QueryFilter.of("quantity", FilterOperator.NOT_BETWEEN, Map.of("from", 1, "to", 5)))
                .build();

        assertThat(Sql.definition("SELECT * FROM orders WHERE quantity <> 1 AND status NOT IN ('a', 'b') "
                + "AND status ILIKE 'pa%' AND discount IS NOT NULL AND quantity NOT BETWEEN 1 AND 5"))
                .isEqualTo(expected);
    }

    @Test
    void columnOnBothSidesIsAColumnFilter() {
        QueryDefinition expected = QueryDefinition.builder("orders").columns("id")
                .join(join("products", JoinType.INNER, List.of()))
                .filter(new QueryColumnFilter("total", Optional.empty(), ComparisonOperator.GT, "price",
                        Optional.of("products")))
                .build();

        assertThat(Sql.definition("SELECT o.id FROM orders o JOIN products p WHERE o.total > p.price"))
                .isEqualTo(expected);
    }

    @Test
    void existsNotExistsAndCountedSubqueriesAreExistsFilters() {
        QueryDefinition expected = QueryDefinition.builder("orders")
                .filter(QueryExistsFilter.exists("invoices", QueryFilter.of("status", FilterOperator.EQ, "paid")),
                        QueryExistsFilter.notExists("events"),
                        QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 3)))
                .build();

        assertThat(Sql.definition("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE i.orderId = o.id AND i.status = 'paid') AND NOT EXISTS (SELECT * FROM events) "
                + "AND (SELECT COUNT(*) FROM invoices) >= 3")).isEqualTo(expected);
    }

    @Test
    void functionsBecomeTheMatchingOperators() {
        QueryDefinition expected = QueryDefinition.builder("orders")
                .filter(QueryFilter.levenshteinLte("status", "paid", 2),
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS, 1),
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ALL, List.of(1, 2)),
                        QueryFilter.unary("priorities", FilterOperator.ARRAY_IS_NOT_EMPTY),
                        QueryFilter.of("status", FilterOperator.ICONTAINS, "ai"),
                        QueryFilter.of("status", FilterOperator.STARTS_WITH, "p"))
                .build();

        assertThat(Sql.definition("SELECT * FROM orders WHERE levenshtein(status, 'paid') <= 2 "
                + "AND array_contains(priorities, 1) AND array_contains_all(priorities, ARRAY[1, 2]) "
                + "AND cardinality(priorities) > 0 AND icontains(status, 'ai') AND starts_with(status, 'p')"))
                .isEqualTo(expected);
    }

    @Test
    void aggregatesWithAliasesBecomeAggregations() {
        QueryDefinition expected = QueryDefinition.builder("orders").columns()
                .aggregation(QueryAggregation.countAll("orderCount"),
                        QueryAggregation.of(AggregationFn.COUNT, "discount", "discounted"),
                        QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"),
                        QueryAggregation.of(AggregationFn.AVG, "total", "avgTotal"),
                        QueryAggregation.of(AggregationFn.MIN, "createdAt", "first"),
                        QueryAggregation.of(AggregationFn.MAX, "createdAt", "last"))
                .build();

        assertThat(Sql.definition("SELECT COUNT(*) AS orderCount, COUNT(discount) AS discounted, "
                + "SUM(total) AS totalSum, AVG(total) avgTotal, MIN(createdAt) AS first, MAX(createdAt) AS last "
                + "FROM orders")).isEqualTo(expected);
    }

    @Test
    void groupByHavingOrderByAndLimitOffset() {
        QueryDefinition expected = QueryDefinition.builder("orders").columns("status")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"))
                .having(QueryFilter.of("totalSum", FilterOperator.GE, 100))
                .orderBy(QueryOrderBy.desc("totalSum"), QueryOrderBy.asc("status"))
                .limit(10).offset(20)
                .build();

        assertThat(Sql.definition("SELECT status, SUM(total) AS totalSum FROM orders GROUP BY status "
                + "HAVING totalSum >= 100 ORDER BY totalSum DESC, status LIMIT 10 OFFSET 20")).isEqualTo(expected);
    }

    @Test
    void offsetFetchFirstIsOffsetAndLimit() {
        assertThat(Sql.definition("SELECT id FROM orders ORDER BY id OFFSET 20 ROWS FETCH FIRST 10 ROWS ONLY"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id").orderBy(QueryOrderBy.asc("id"))
                        .limit(10).offset(20).build());
    }

    @Test
    void inOnASingleColumnPrimaryKeyWithNothingElseIsByIds() {
        assertThat(Sql.definition("SELECT * FROM orders WHERE id IN ('a', 'b')"))
                .isEqualTo(QueryDefinition.builder("orders").byIds("a", "b").build());
    }

    @Test
    void markersAreBoundValues() {
        TranslatedStatement statement = Sql.translate("SELECT id FROM orders WHERE status = ?");

        assertThat(statement.parameterCount()).isEqualTo(1);
        assertThat(statement.bind(List.of("paid"))).isEqualTo(QueryDefinition.builder("orders").columns("id")
                .filter(QueryFilter.of("status", FilterOperator.EQ, "paid")).build());
    }

    @Test
    void explainAsksForTheSqlOnly() {
        TranslatedStatement statement = Sql.translate("EXPLAIN SELECT id FROM orders");

        assertThat(statement.explain()).isTrue();
        assertThat(statement.definition()).isEqualTo(QueryDefinition.builder("orders").columns("id")
                .executeMode(ExecuteMode.SQL_ONLY).build());
    }

    private static QueryJoin join(String table, JoinType type, List<String> columns) {
        return new QueryJoin(table, Optional.of(type), Optional.of(columns), List.of());
    }
}
