package com.mkven.multidb.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.Freshness;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QueryDefinitionJsonTest {
    @Test
    void everyFilterVariantIsToldApartByItsShape() {
        QueryDefinition definition = MultiDbJson.read("""
                {"from": "orders", "filters": [
                  {"column": "status", "operator": "=", "value": "active"},
                  {"column": "total", "operator": ">", "refColumn": "discount"},
                  {"logic": "or", "not": true, "conditions": [{"column": "quantity", "operator": "isNull"}]},
                  {"table": "invoices"},
                  {"table": "invoices", "exists": false},
                  {"table": "invoices", "count": {"operator": ">=", "value": 2}}
                ]}""", QueryDefinition.class);

        assertThat(definition.filters()).hasSize(6);
        assertThat(definition.filters().get(0)).isEqualTo(QueryFilter.of("status", FilterOperator.EQ, "active"));
        assertThat(definition.filters().get(1)).isEqualTo(QueryColumnFilter.of("total", ComparisonOperator.GT, "discount"));
        assertThat(definition.filters().get(2)).isEqualTo(
                QueryFilterGroup.or(QueryFilter.unary("quantity", FilterOperator.IS_NULL)).negated());
        assertThat(definition.filters().get(3)).isEqualTo(QueryExistsFilter.exists("invoices"));
        assertThat(definition.filters().get(4)).isEqualTo(QueryExistsFilter.notExists("invoices"));
        assertThat(definition.filters().get(5)).isEqualTo(QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 2)));
    }

    @Test
    void aQualifiedFilterWithAColumnIsAPlainFilterNotAnExists() {
        QueryDefinition definition = MultiDbJson.read("""
                {"from": "orders", "filters": [{"table": "products", "column": "name", "operator": "=", "value": "x"}]}""",
                QueryDefinition.class);

        assertThat(definition.filters().get(0)).isEqualTo(QueryFilter.of("products", "name", FilterOperator.EQ, "x"));
    }

    @Test
    void aFullDefinitionRoundTripsWithoutLoss() {
        QueryDefinition definition = QueryDefinition.builder("orders")
                .columns("id", "status")
                .distinct(true)
                .filter(QueryFilter.between("total", new BigDecimal("10.50"), 100),
                        QueryFilter.levenshteinLte("status", "actve", 2),
                        QueryFilter.in("status", List.of("active", "shipped")),
                        QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.LT, 3),
                                QueryFilter.of("status", FilterOperator.EQ, "paid")))
                .join(new QueryJoin("products", Optional.of(JoinType.INNER), Optional.of(List.of()),
                        List.of(QueryFilter.of("category", FilterOperator.EQ, "electronics"))))
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"), QueryAggregation.countAll("n"))
                .having(QueryFilter.of("totalSum", FilterOperator.GT, 10))
                .orderBy(QueryOrderBy.desc("totalSum"))
                .limit(10)
                .offset(5)
                .freshness(Freshness.MINUTES)
                .executeMode(ExecuteMode.SQL_ONLY)
                .debug(true)
                .build();

        String json = MultiDbJson.write(definition);

        assertThat(MultiDbJson.read(json, QueryDefinition.class)).isEqualTo(definition);
        JsonNode tree = MultiDbJson.readTree(json);
        assertThat(tree.get("executeMode").asText()).isEqualTo("sql-only");
        assertThat(tree.get("joins").get(0).get("columns")).isEmpty();
        assertThat(tree.get("filters").get(0).get("value").get("from").decimalValue()).isEqualByComparingTo("10.50");
    }

    @Test
    void omittedAndEmptyColumnsStayDistinct() {
        QueryDefinition omitted = MultiDbJson.read("{\"from\": \"orders\"}", QueryDefinition.class);
        QueryDefinition empty = MultiDbJson.read("{\"from\": \"orders\", \"columns\": []}", QueryDefinition.class);

        assertThat(omitted.columns()).isEmpty();
        assertThat(empty.columns()).contains(List.of());
        assertThat(MultiDbJson.write(omitted)).isEqualTo("{\"from\":\"orders\"}");
        assertThat(MultiDbJson.write(empty)).isEqualTo("{\"from\":\"orders\",\"columns\":[]}");
    }

    @Test
    void byIdsKeepStringsNumbersAndNullElementsForValidation() {
        QueryDefinition definition = MultiDbJson.read("{\"from\": \"users\", \"byIds\": [\"a\", 2, null]}", QueryDefinition.class);

        assertThat(definition.byIds().orElseThrow()).containsExactly("a", 2, null);
    }

    @Test
    void operandValuesKeepTheirJsonShape() {
        QueryFilter filter = (QueryFilter) MultiDbJson.read("""
                {"from": "orders", "filters": [{"column": "total", "operator": "between", "value": {"from": 1.5, "to": null}}]}""",
                QueryDefinition.class).filters().get(0);

        Map<?, ?> range = (Map<?, ?>) filter.value().orElseThrow();
        assertThat(range.get("from")).isEqualTo(new BigDecimal("1.5"));
        assertThat(range.containsKey("to")).isTrue();
        assertThat(range.get("to")).isNull();
    }

    @Test
    void contextRolesDistinguishOmittedAndEmptyScopes() {
        ExecutionContext context = MultiDbJson.read("{\"roles\": {\"user\": []}}", ExecutionContext.class);

        assertThat(context.roles().user()).contains(List.of());
        assertThat(context.roles().service()).isEmpty();
        assertThat(MultiDbJson.write(context)).isEqualTo("{\"roles\":{\"user\":[]}}");
    }
}
