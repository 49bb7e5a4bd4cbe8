package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.query.SortDirection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Aggregates, GROUP BY, HAVING, ORDER BY and paging. */
class AggregationTest {
    @Test
    void aggregatesWithoutAliasGetGeneratedOnes() {
        assertThat(Sql.definition("SELECT COUNT(*), COUNT(discount), sum(total), MAX(p.price) FROM orders o "
                + "JOIN products p").aggregations())
                .containsExactly(QueryAggregation.countAll("count"),
                        QueryAggregation.of(AggregationFn.COUNT, "discount", "count_discount"),
                        QueryAggregation.of(AggregationFn.SUM, "total", "sum_total"),
                        new QueryAggregation("price", Optional.of("products"), AggregationFn.MAX,
                                "max_products_price"));
    }

    @Test
    void aggregateOnlyQuerySelectsNoColumns() {
        assertThat(Sql.definition("SELECT SUM(total) AS s FROM orders"))
                .isEqualTo(QueryDefinition.builder("orders").columns()
                        .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "s")).build());
    }

    @Test
    void quotedAliasKeepsItsCase() {
        assertThat(Sql.definition("SELECT COUNT(*) AS \"Order Count\" FROM orders").aggregations())
                .containsExactly(QueryAggregation.countAll("Order Count"));
    }

    @Test
    void groupByColumnsOfFromAndJoinedTables() {
        assertThat(Sql.definition("SELECT o.status, p.category, COUNT(*) AS n FROM orders o JOIN products p "
                + "GROUP BY o.status, p.category").groupBy())
                .containsExactly(QueryGroupBy.of("status"), new QueryGroupBy("category", Optional.of("products")));
    }

    @Test
    void havingOnTheAggregateExpressionMeansItsAlias() {
        assertThat(Sql.definition("SELECT status, COUNT(*) AS n, SUM(total) AS s FROM orders GROUP BY status "
                + "HAVING COUNT(*) > 2 AND sum(total) BETWEEN 10 AND 20 AND N IS NOT NULL").having())
                .containsExactly(QueryFilter.of("n", FilterOperator.GT, 2),
                        QueryFilter.of("s", FilterOperator.BETWEEN, Map.of("from", 10, "to", 20)),
                        QueryFilter.unary("n", FilterOperator.IS_NOT_NULL));
    }

    @Test
    void havingOnAnAggregateOutsideTheSelectListIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT status FROM orders GROUP BY status HAVING MAX(total) > 1");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
        assertThat(failure).hasMessage("HAVING MAX(total) needs the same aggregate in the select list: add it there "
                + "with an alias (line 1, column 50)");
    }

    @Test
    void havingOnAnythingButAnAliasIsPassedToValidation() {
        assertThat(Sql.definition("SELECT status, COUNT(*) AS n FROM orders GROUP BY status HAVING status = 'x'")
                .having()).containsExactly(QueryFilter.of("status", FilterOperator.EQ, "x"));
    }

    @Test
    void orderByAliasesColumnsAggregatesAndPositions() {
        assertThat(Sql.definition("SELECT o.status, p.category, COUNT(*) AS n FROM orders o JOIN products p "
                + "GROUP BY o.status, p.category ORDER BY N DESC, p.category, COUNT(*), 1 DESC, 2").orderBy())
                .containsExactly(QueryOrderBy.desc("n"),
                        new QueryOrderBy("category", Optional.of("products"), SortDirection.ASC),
                        QueryOrderBy.asc("n"), QueryOrderBy.desc("status"),
                        new QueryOrderBy("category", Optional.of("products"), SortDirection.ASC));
    }

    @Test
    void orderByAnAliasWinsOverAColumnOfTheSameName() {
        assertThat(Sql.definition("SELECT COUNT(*) AS status FROM orders ORDER BY status").orderBy())
                .containsExactly(QueryOrderBy.asc("status"));
    }

    @Test
    void orderByPositionOutsideTheSelectListIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT id FROM orders ORDER BY 2");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.SYNTAX);
        assertThat(failure).hasMessage("ORDER BY 2 is not a position in the select list of 1 items (line 1, column 32)");
    }

    @Test
    void limitOffsetAndFetchForms() {
        assertThat(Sql.definition("SELECT id FROM orders LIMIT 5").limit()).contains(5);
        assertThat(Sql.definition("SELECT id FROM orders OFFSET 3").offset()).contains(3);
        assertThat(Sql.definition("SELECT id FROM orders FETCH FIRST 7 ROWS ONLY").limit()).contains(7);
        assertThat(Sql.definition("SELECT id FROM orders OFFSET 1 ROW FETCH NEXT 1 ROW ONLY"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id").limit(1).offset(1).build());
        assertThat(Sql.definition("SELECT id FROM orders FETCH FIRST ROW ONLY").limit()).contains(1);
    }

    @Test
    void limitOutOfIntRangeIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT id FROM orders LIMIT 3000000000");

        assertThat(failure).hasMessage("LIMIT takes an integer from -2147483648 to 2147483647, not 3000000000 "
                + "(line 1, column 29)");
    }

    @Test
    void statementsWithoutGroupingKeepTheirSelectedColumnsOnly() {
        assertThat(Sql.definition("SELECT id, id FROM orders").columns()).contains(List.of("id"));
        assertThat(Sql.translate("SELECT id, id FROM orders").selectedItems())
                .containsExactly(SelectedItem.column("orders", "id"), SelectedItem.column("orders", "id"));
    }
}
