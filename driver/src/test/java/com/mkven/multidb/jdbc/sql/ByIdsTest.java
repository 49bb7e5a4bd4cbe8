package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code WHERE pk IN (…)} with nothing else becomes byIds, so the cache can serve it. */
class ByIdsTest {
    @Test
    void inOnThePrimaryKeyIsByIds() {
        assertThat(Sql.definition("SELECT id, status FROM orders o WHERE (o.ID IN ('a', 'b'))"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id", "status").byIds("a", "b").build());
    }

    @Test
    void byIdsMayBeJoinedOrderedAndLimited() {
        assertThat(Sql.definition("SELECT o.id FROM orders o JOIN products p WHERE o.id IN ('a') ORDER BY o.id "
                + "LIMIT 1").byIds()).contains(List.of("a"));
    }

    @Test
    void markersInTheListBecomeByIdsOnBinding() {
        TranslatedStatement statement = Sql.translate("SELECT * FROM users WHERE id IN (?, ?)");

        assertThat(statement.definition().byIds()).contains(List.of(new ParameterMarker(1), new ParameterMarker(2)));
        assertThat(statement.bind(List.of("u1", "u2")))
                .isEqualTo(QueryDefinition.builder("users").byIds("u1", "u2").build());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT * FROM orders WHERE id IN ('a') AND status = 'x'",
            "SELECT * FROM orders WHERE id NOT IN ('a')",
            "SELECT * FROM orders WHERE id = 'a'",
            "SELECT * FROM orders WHERE status IN ('a')",
            "SELECT * FROM orders o JOIN products p WHERE p.id IN ('a')",
            "SELECT id FROM orders WHERE id IN ('a') GROUP BY id",
            "SELECT COUNT(*) FROM orders WHERE id IN ('a')",
            "SELECT * FROM orders WHERE id IN ('a') OR id IN ('b')"})
    void anythingMoreKeepsTheFilter(String sql) {
        QueryDefinition definition = Sql.definition(sql);

        assertThat(definition.byIds()).isEmpty();
        assertThat(definition.filters()).isNotEmpty();
    }

    @Test
    void compositePrimaryKeyKeepsTheFilter() {
        MetadataIndex index = Sql.fixtureWith(Sql.table("lines", List.of("orderId", "lineNo"), List.of(),
                "orderId", "lineNo"));

        QueryDefinition definition = new SqlTranslator().translate("SELECT * FROM lines WHERE orderId IN ('a')", index)
                .definition();

        assertThat(definition.byIds()).isEmpty();
        assertThat(definition.filters()).containsExactly(QueryFilter.of("orderId", FilterOperator.IN, List.of("a")));
    }
}
