package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.JoinType;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.query.QueryOrderBy;
import com.mkven.multidb.query.SortDirection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Joins, table aliases and qualified columns. */
class JoinTest {
    @Test
    void joinedTableWithoutSelectedColumnsSelectsNone() {
        assertThat(Sql.definition("SELECT o.id FROM orders o JOIN products p").joins())
                .containsExactly(join("products", JoinType.INNER, Optional.of(List.of())));
    }

    @Test
    void starSelectsEveryAllowedColumnOfEveryTable() {
        assertThat(Sql.definition("SELECT * FROM orders o LEFT JOIN products p"))
                .isEqualTo(QueryDefinition.builder("orders").join(join("products", JoinType.LEFT, Optional.empty()))
                        .build());
    }

    @Test
    void tableStarSelectsEveryAllowedColumnOfThatTable() {
        assertThat(Sql.definition("SELECT p.*, o.id FROM orders o JOIN products p"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id")
                        .join(join("products", JoinType.INNER, Optional.empty())).build());
    }

    @Test
    void leftOuterJoinIsALeftJoin() {
        assertThat(Sql.definition("SELECT o.id FROM orders o LEFT OUTER JOIN users u ON u.id = o.customerId").joins())
                .containsExactly(join("users", JoinType.LEFT, Optional.of(List.of())));
    }

    @Test
    void tablesWithoutAliasesAreQualifiedByName() {
        assertThat(Sql.definition("SELECT orders.id, products.name FROM orders JOIN products "
                + "ON orders.productId = products.id WHERE products.category = 'x'"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id")
                        .join(join("products", JoinType.INNER, Optional.of(List.of("name"))))
                        .filter(QueryFilter.of("products", "category", FilterOperator.EQ, "x")).build());
    }

    @Test
    void unqualifiedColumnsBelongToTheOneTableThatHasThem() {
        assertThat(Sql.definition("SELECT status, name FROM orders o JOIN products p WHERE category = 'x' "
                + "ORDER BY price"))
                .isEqualTo(QueryDefinition.builder("orders").columns("status")
                        .join(join("products", JoinType.INNER, Optional.of(List.of("name"))))
                        .filter(QueryFilter.of("products", "category", FilterOperator.EQ, "x"))
                        .orderBy(new QueryOrderBy("price", Optional.of("products"), SortDirection.ASC)).build());
    }

    @Test
    void qualifierOfTheFromTableIsLeftOut() {
        assertThat(Sql.definition("SELECT o.id FROM orders o WHERE o.status = 'x'").filters())
                .containsExactly(QueryFilter.of("status", FilterOperator.EQ, "x"));
    }

    @Test
    void anyRelatedTableMayBeJoinedThroughAnEarlierJoin() {
        // users has no relation to products; orders, joined before, has
        assertThat(Sql.definition("SELECT u.id FROM users u JOIN orders o ON o.customerId = u.id "
                + "JOIN products p ON p.id = o.productId").joins())
                .containsExactly(join("orders", JoinType.INNER, Optional.of(List.of())),
                        join("products", JoinType.INNER, Optional.of(List.of())));
    }

    @Test
    void onMayNameTheRelationEitherWayRound() {
        assertThat(Sql.definition("SELECT o.id FROM orders o JOIN products p ON p.id = o.productId"))
                .isEqualTo(Sql.definition("SELECT o.id FROM orders o JOIN products p ON (o.productId = p.id)"));
    }

    @Test
    void onThatIsNotTheRelationIsRefusedNamingBothSides() {
        UnsupportedSqlException failure = Sql.failure("SELECT o.id FROM orders o JOIN products p ON o.customerId = p.id");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
        assertThat(failure).hasMessage("ON o.customerId = p.id does not match the relation that joins products: "
                + "orders.productId = products.id (line 1, column 46)");
    }

    @Test
    void onThroughAnotherTableThanTheEngineUsesIsRefused() {
        // the engine connects tenants to the first table related to it, orders, not users
        UnsupportedSqlException failure = Sql.failure("SELECT o.id FROM orders o JOIN users u ON u.id = o.customerId "
                + "JOIN tenants t ON t.id = u.tenantId");

        assertThat(failure).hasMessage("ON t.id = u.tenantId does not match the relation that joins tenants: "
                + "orders.tenantId = tenants.id (line 1, column 81)");
    }

    @Test
    void onWithAnythingButOneKeyEqualityIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT o.id FROM orders o JOIN products p "
                + "ON o.productId = p.id AND p.price > 1");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
        assertThat(failure.getMessage()).startsWith("the ON condition of a join can only be the relation's key "
                + "equality, e.g. ON o.productId = p.id; put other conditions in WHERE (line 1, column ");
    }

    @Test
    void onOfAJoinWithoutRelationIsLeftToValidation() {
        assertThat(Sql.definition("SELECT o.id FROM orders o JOIN metrics m ON m.name = o.status").joins())
                .containsExactly(join("metrics", JoinType.INNER, Optional.of(List.of())));
    }

    @Test
    void columnOfATableOutsideFromIsPassedToValidation() {
        assertThat(Sql.definition("SELECT id FROM orders WHERE products.name = 'x'").filters())
                .containsExactly(QueryFilter.of("products", "name", FilterOperator.EQ, "x"));
    }

    @Test
    void selectingAColumnOfATableOutsideFromIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT products.name FROM orders");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.SYNTAX);
        assertThat(failure).hasMessage("products.name refers to products, which is not in FROM or JOIN "
                + "(line 1, column 8)");
    }

    @Test
    void anAliasUsedTwiceIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT * FROM orders x JOIN products x");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.SYNTAX);
        assertThat(failure).hasMessage("table name or alias x is used twice; give each table its own alias "
                + "(line 1, column 29)");
    }

    @Test
    void selectListKeepsTheSqlOrder() {
        assertThat(Sql.translate("SELECT p.name, COUNT(*) AS n, o.status, o.* FROM orders o JOIN products p "
                + "GROUP BY p.name, o.status").selectedItems())
                .containsExactly(SelectedItem.column("products", "name"), SelectedItem.aggregate("n"),
                        SelectedItem.column("orders", "status"), SelectedItem.allColumns(Optional.of("orders")));
    }

    private static QueryJoin join(String table, JoinType type, Optional<List<String>> columns) {
        return new QueryJoin(table, Optional.of(type), columns, List.of());
    }
}
