package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** EXISTS, NOT EXISTS and counted subqueries on related tables. */
class ExistsTest {
    private static final QueryFilter PAID = QueryFilter.of("status", FilterOperator.EQ, "paid");

    @Test
    void correlationPredicateOfTheRelationIsDropped() {
        assertThat(Sql.definition("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE i.orderId = o.id AND i.status = 'paid')").filters())
                .containsExactly(QueryExistsFilter.exists("invoices", PAID));
    }

    @Test
    void correlationMayBeWrittenEitherWayRoundOrLeftOut() {
        String expected = "SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM invoices WHERE status = 'paid')";

        assertThat(Sql.definition("SELECT * FROM orders o WHERE EXISTS (SELECT * FROM invoices i "
                + "WHERE o.id = i.orderId AND status = 'paid')")).isEqualTo(Sql.definition(expected));
        assertThat(Sql.definition("SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM invoices "
                + "WHERE (invoices.orderId = orders.id) AND status = 'paid')")).isEqualTo(Sql.definition(expected));
    }

    @Test
    void correlationThatIsNotTheRelationIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE i.tenantId = o.tenantId)");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
        assertThat(failure).hasMessage("the correlation i.tenantId = o.tenantId does not match the relation that "
                + "links invoices to the query: orders.id = invoices.orderId (line 1, column 69)");
    }

    @Test
    void otherReferencesToTheOuterQueryAreRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE i.amount > o.total)");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
        assertThat(failure).hasMessage("an EXISTS subquery can refer to orders.total of the enclosing query only in "
                + "its correlation (the relation's key equality) (line 1, column 80)");
    }

    @Test
    void correlationInsideOrIsAnOuterReference() {
        assertThat(Sql.failure("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE i.orderId = o.id OR i.status = 'paid')").construct()).isEqualTo("outer reference orders.id");
    }

    @Test
    void notExistsIsExistsFalse() {
        assertThat(Sql.definition("SELECT * FROM users WHERE NOT EXISTS (SELECT 1 FROM orders)").filters())
                .containsExactly(QueryExistsFilter.notExists("orders"));
    }

    @Test
    void existsInsideAnOrGroup() {
        assertThat(Sql.definition("SELECT * FROM orders WHERE status = 'active' OR EXISTS (SELECT 1 FROM invoices)")
                .filters()).containsExactly(QueryFilterGroup.or(QueryFilter.of("status", FilterOperator.EQ, "active"),
                QueryExistsFilter.exists("invoices")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(SELECT COUNT(*) FROM invoices WHERE status = 'paid') >= 3 | >= | 3",
            "3 <= (SELECT COUNT(*) FROM invoices WHERE status = 'paid') | >= | 3",
            "(SELECT COUNT(*) FROM invoices WHERE status = 'paid') = 2  | =  | 2",
            "(SELECT COUNT(*) FROM invoices WHERE status = 'paid') < 1  | <  | 1",
            "2 > (SELECT COUNT(*) FROM invoices WHERE status = 'paid')  | <  | 2",
            "(SELECT COUNT(*) AS n FROM invoices i WHERE i.orderId = o.id AND i.status = 'paid') <> 0 | != | 0"})
    void countedSubqueryIsACountedExists(String condition, String operator, int count) {
        ComparisonOperator expected = switch (operator) {
            case ">=" -> ComparisonOperator.GE;
            case "=" -> ComparisonOperator.EQ;
            case "<" -> ComparisonOperator.LT;
            default -> ComparisonOperator.NE;
        };

        assertThat(Sql.definition("SELECT * FROM orders o WHERE " + condition).filters())
                .containsExactly(QueryExistsFilter.counted("invoices", ExistsCount.of(expected, count), PAID));
    }

    @Test
    void countIsKeptExactForValidationToJudge() {
        QueryExistsFilter filter = (QueryExistsFilter) Sql.definition(
                "SELECT * FROM orders WHERE (SELECT COUNT(*) FROM invoices) >= 2.5").filters().get(0);

        assertThat(filter.count()).contains(new ExistsCount(ComparisonOperator.GE, new BigDecimal("2.5")));
    }

    @Test
    void nestedExistsCorrelatesWithTheEnclosingExists() {
        assertThat(Sql.definition("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE EXISTS (SELECT 1 FROM tenants t WHERE t.id = i.tenantId AND t.plan = 'pro'))").filters())
                .containsExactly(QueryExistsFilter.exists("invoices",
                        QueryExistsFilter.exists("tenants", QueryFilter.of("plan", FilterOperator.EQ, "pro"))));
    }

    @Test
    void nestedExistsMayNotCorrelateWithTheOuterQuery() {
        UnsupportedSqlException failure = Sql.failure("SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM invoices i "
                + "WHERE EXISTS (SELECT 1 FROM tenants t WHERE t.id = o.tenantId))");

        assertThat(failure.construct()).isEqualTo("outer reference orders.tenantId");
    }

    @Test
    void notOfNotExistsIsExists() {
        assertThat(Sql.definition("SELECT * FROM orders WHERE NOT (NOT EXISTS (SELECT 1 FROM invoices))").filters())
                .containsExactly(new QueryExistsFilter(Optional.empty(), "invoices", List.of(), Optional.empty()));
    }

    @Test
    void notOfACountedExistsIsANegatedGroup() {
        assertThat(Sql.definition("SELECT * FROM orders WHERE NOT (SELECT COUNT(*) FROM invoices) >= 3").filters())
                .containsExactly(QueryFilterGroup.and(
                        QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 3))).negated());
    }

    @Test
    void subqueryShapesOutsideTheSubsetAreRefused() {
        assertThat(Sql.failure("SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM invoices i JOIN tenants t)")
                .construct()).isEqualTo("JOIN in a subquery");
        assertThat(Sql.failure("SELECT * FROM orders WHERE EXISTS (SELECT amount + 1 FROM invoices)")
                .construct()).isEqualTo("select list amount + 1 of an EXISTS subquery");
        assertThat(Sql.failure("SELECT * FROM orders WHERE (SELECT MAX(amount) FROM invoices) > 3").construct())
                .isEqualTo("scalar subquery (SELECT MAX(amount) FROM invoices)");
        assertThat(Sql.failure("SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM invoices GROUP BY status)")
                .construct()).isEqualTo("GROUP BY in a subquery");
        assertThat(Sql.failure("SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM invoices UNION SELECT 1 FROM events)")
                .construct()).isEqualTo("UNION");
    }
}
