package com.mkven.multidb.resolve;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.ir.AggregationClause;
import com.mkven.multidb.ir.ArrayOperator;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.CorrelatedSubquery;
import com.mkven.multidb.ir.FilterFunction;
import com.mkven.multidb.ir.HavingBetween;
import com.mkven.multidb.ir.HavingCondition;
import com.mkven.multidb.ir.HavingGroup;
import com.mkven.multidb.ir.JoinClause;
import com.mkven.multidb.ir.OrderByClause;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereBetween;
import com.mkven.multidb.ir.WhereColumnCondition;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.ir.WhereExists;
import com.mkven.multidb.ir.WhereFunction;
import com.mkven.multidb.ir.WhereGroup;
import com.mkven.multidb.ir.WhereNode;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableRoleAccess;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.query.FilterNode;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static com.mkven.multidb.resolve.ResolverFixture.resolve;
import static com.mkven.multidb.resolve.ResolverFixture.resolveAs;
import static com.mkven.multidb.resolve.ResolverFixture.resolveWithExtraRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameResolverTest {
    private static final QueryFilter STATUS_ACTIVE = QueryFilter.of("status", FilterOperator.EQ, "active");

    private static ColumnRef col(String alias, String column) {
        return new ColumnRef(alias, column);
    }

    private static QueryJoin join(String table) {
        return QueryJoin.of(table);
    }

    private static QueryJoin join(String table, List<String> columns, FilterNode... filters) {
        return new QueryJoin(table, Optional.empty(), Optional.of(columns), List.of(filters));
    }

    private static QueryJoin joinFiltered(String table, FilterNode... filters) {
        return new QueryJoin(table, Optional.empty(), Optional.empty(), List.of(filters));
    }

    private static QueryGroupBy groupBy(String table, String column) {
        return new QueryGroupBy(column, Optional.of(table));
    }

    /** The only WHERE conjunct. */
    private static WhereNode where(ResolveResult result) {
        assertThat(result.parts().where()).hasSize(1);
        return result.parts().where().get(0);
    }

    private static List<WhereNode> conjuncts(ResolveResult result) {
        return result.parts().where();
    }

    private static List<String> keys(ResolveResult result) {
        return result.columnMappings().stream().map(ColumnMapping::apiName).toList();
    }

    @Nested
    class TableAliases {
        @Test
        void fromIsT0AndJoinsCountOnInJoinOrder() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("products"), join("users")).build());

            assertThat(result.parts().from()).isEqualTo(TableRef.of("public.orders", "t0"));
            assertThat(result.parts().joins()).extracting(JoinClause::table)
                    .containsExactly(TableRef.of("public.products", "t1"), TableRef.of("public.users", "t2"));
            assertThat(result.tableIdsByAlias()).containsExactly(
                    Map.entry("t0", "orders"), Map.entry("t1", "products"), Map.entry("t2", "users"));
        }

        @Test
        void existsTablesContinueTheSameCounterAfterTheJoins() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(join("products"))
                    .filter(QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants")))
                    .build());

            WhereExists invoices = (WhereExists) where(result);
            assertThat(invoices.subquery().from()).isEqualTo(TableRef.of("public.invoices", "s2"));
            WhereExists tenants = (WhereExists) invoices.subquery().where().get(0);
            assertThat(tenants.subquery().from()).isEqualTo(TableRef.of("public.tenants", "s3"));
            assertThat(result.tableIdOf("s2")).contains("invoices");
            assertThat(result.tableIdOf("s3")).contains("tenants");
        }

        @Test
        void existsAliasesFollowTopLevelFiltersDepthFirstThenJoinFilters() {
            // join filters come last even though the join is declared first
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(joinFiltered("users", QueryExistsFilter.exists("events")))
                    .filter(QueryFilterGroup.or(STATUS_ACTIVE,
                                    QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants"))),
                            QueryExistsFilter.notExists("products"))
                    .build());

            assertThat(result.tableIdsByAlias()).containsExactly(
                    Map.entry("t0", "orders"), Map.entry("t1", "users"),
                    Map.entry("s2", "invoices"), Map.entry("s3", "tenants"),
                    Map.entry("s4", "products"), Map.entry("s5", "events"));
        }

        @Test
        void countModeAllocatesTheSameAliases() {
            QueryDefinition definition = QueryDefinition.builder("orders")
                    .filter(QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants"))).build();

            ResolveResult data = resolve(definition);
            ResolveResult count = resolve(definition.toBuilder().executeMode(ExecuteMode.COUNT).build());

            assertThat(count.parts().where()).isEqualTo(data.parts().where());
            assertThat(count.tableIdsByAlias()).isEqualTo(data.tableIdsByAlias());
        }
    }

    @Nested
    class SelectedColumns {
        @Test
        void omittedColumnsSelectEveryAllowedColumnInMetadataOrder() {
            ResolveResult result = resolveAs(QueryDefinition.builder("orders").build(), "tenant-user");

            assertThat(keys(result)).containsExactly("id", "total", "status", "createdAt");
            assertThat(result.parts().select()).containsExactly(
                    col("t0", "id"), col("t0", "total_amount"), col("t0", "order_status"), col("t0", "created_at"));
        }

        @Test
        void listedColumnsAreSelectedInTheGivenOrder() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns("status", "id").build());

            assertThat(result.parts().select()).containsExactly(col("t0", "order_status"), col("t0", "id"));
        }

        @Test
        void omittedColumnsWithAggregationsSelectOnlyTheGroupByColumns() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"))
                    .build());

            assertThat(result.parts().select()).containsExactly(col("t0", "order_status"));
            assertThat(keys(result)).containsExactly("status", "totalSum");
        }

        @Test
        void omittedColumnsWithGroupByAndNoAggregationsSelectTheGroupByColumns() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .groupBy(QueryGroupBy.of("regionId"), QueryGroupBy.of("status")).build());

            assertThat(result.parts().select()).containsExactly(col("t0", "region_id"), col("t0", "order_status"));
        }

        @Test
        void emptyColumnsWithAnAggregationSelectNoPlainColumn() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns(List.of())
                    .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum")).build());

            assertThat(result.parts().select()).isEmpty();
            assertThat(keys(result)).containsExactly("totalSum");
        }

        @Test
        void joinColumnsFollowFromColumnsInJoinOrder() {
            ResolveResult result = resolveAs(QueryDefinition.builder("orders").columns("id")
                    .join(join("users", List.of("lastName")), join("products")).build(), "tenant-user");

            assertThat(result.parts().select()).containsExactly(col("t0", "id"), col("t1", "last_name"),
                    col("t2", "id"), col("t2", "name"), col("t2", "category"), col("t2", "price"));
        }

        @Test
        void aJoinWithEmptyColumnsAddsNone() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns("id")
                    .join(join("products", List.of())).build());

            assertThat(result.parts().select()).containsExactly(col("t0", "id"));
        }

        @Test
        void inAGroupingQueryAJoinWithOmittedColumnsAddsOnlyItsGroupByColumns() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(join("products"))
                    .groupBy(groupBy("products", "category"), QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.countAll("n"))
                    .build());

            assertThat(result.parts().select()).containsExactly(col("t0", "order_status"), col("t1", "category"));
            assertThat(result.parts().groupBy()).containsExactly(col("t1", "category"), col("t0", "order_status"));
        }

        @Test
        void aColumnListedTwiceIsSelectedOnce() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns("id", "status", "id").build());

            assertThat(keys(result)).containsExactly("id", "status");
        }

        @Test
        void selectAliasesJoinTableAliasAndPhysicalName() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns("total").build());

            assertThat(result.parts().select().get(0).selectAlias()).isEqualTo("t0__total_amount");
            assertThat(result.columnMappings().get(0).physicalName()).isEqualTo("total_amount");
            assertThat(result.columnMappings().get(0).tableAlias()).isEqualTo("t0");
        }
    }

    @Nested
    class CollisionKeys {
        @Test
        void everyColumnSharingAnApiNameAcrossTablesIsQualifiedAndOthersStayBare() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns("id", "status")
                    .join(join("products", List.of("id", "name"))).build());

            assertThat(keys(result)).containsExactly("orders.id", "status", "products.id", "name");
            assertThat(result.columnMappings()).extracting(ColumnMapping::tableApiName)
                    .containsExactly("orders", "orders", "products", "products");
        }

        @Test
        void theKeyUsesTheTableApiNameNotItsId() {
            ResolveResult result = resolve(QueryDefinition.builder("ordersArchive").columns("id")
                    .join(join("orders", List.of("id"))).build());

            assertThat(keys(result)).containsExactly("ordersArchive.id", "orders.id");
        }

        @Test
        void aggregationAliasesAreNotPartOfTheCollisionRule() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns("status")
                    .groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.countAll("id")).build());

            assertThat(keys(result)).containsExactly("status", "id");
        }
    }

    @Nested
    class Joins {
        @Test
        void foreignKeyOnTheFromSideGoesLeft() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("products")).build());

            assertThat(result.parts().joins()).containsExactly(new JoinClause(JoinType.LEFT,
                    TableRef.of("public.products", "t1"), col("t0", "product_id"), col("t1", "id")));
        }

        @Test
        void foreignKeyOnTheJoinedSideGoesRight() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("invoices")).build());

            assertThat(result.parts().joins().get(0).leftColumn()).isEqualTo(col("t0", "id"));
            assertThat(result.parts().joins().get(0).rightColumn()).isEqualTo(col("t1", "order_id"));
        }

        @Test
        void aJoinRelatedOnlyToAnEarlierJoinConnectsToIt() {
            ResolveResult result = resolve(QueryDefinition.builder("users").join(join("orders"), join("products")).build());

            assertThat(result.parts().joins().get(0).leftColumn()).isEqualTo(col("t0", "id"));
            assertThat(result.parts().joins().get(0).rightColumn()).isEqualTo(col("t1", "customer_id"));
            assertThat(result.parts().joins().get(1).leftColumn()).isEqualTo(col("t1", "product_id"));
            assertThat(result.parts().joins().get(1).rightColumn()).isEqualTo(col("t2", "id"));
        }

        @Test
        void fromIsPreferredWhenTheJoinedTableRelatesToSeveral() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("products"), join("tenants")).build());

            assertThat(result.parts().joins().get(1).leftColumn()).isEqualTo(col("t0", "tenant_id"));
        }

        @Test
        void joinTypeDefaultsToLeftAndKeepsInner() {
            QueryJoin inner = new QueryJoin("products", Optional.of(JoinType.INNER), Optional.empty(), List.of());
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("users"), inner).build());

            assertThat(result.parts().joins()).extracting(JoinClause::type).containsExactly(JoinType.LEFT, JoinType.INNER);
        }
    }

    @Nested
    class TableQualifiers {
        private ColumnRef filteredColumn(QueryDefinition definition) {
            return ((WhereCondition) where(resolve(definition))).column();
        }

        @Test
        void anUnqualifiedTopLevelColumnSharedWithAJoinIsTheFromColumn() {
            QueryDefinition definition = QueryDefinition.builder("orders").join(join("products"))
                    .filter(QueryFilter.of("id", FilterOperator.EQ, TestFixture.id("O1"))).build();

            assertThat(filteredColumn(definition)).isEqualTo(col("t0", "id"));
        }

        @Test
        void aTopLevelQualifierReachesTheJoinedTable() {
            QueryDefinition definition = QueryDefinition.builder("orders").join(join("products"))
                    .filter(QueryFilter.of("products", "id", FilterOperator.EQ, TestFixture.id("P1"))).build();

            assertThat(filteredColumn(definition)).isEqualTo(col("t1", "id"));
        }

        @Test
        void aQualifierNamingFromIsTheSameAsNone() {
            QueryDefinition qualified = QueryDefinition.builder("orders")
                    .filter(QueryFilter.of("orders", "status", FilterOperator.EQ, "active")).build();
            QueryDefinition bare = QueryDefinition.builder("orders").filter(STATUS_ACTIVE).build();

            assertThat(resolve(qualified)).isEqualTo(resolve(bare));
        }

        @Test
        void aTopLevelFilterQualifiedWithAJoinEqualsTheSameFilterOnTheJoin() {
            QueryFilter category = QueryFilter.of("category", FilterOperator.EQ, "electronics");
            QueryDefinition onJoin = QueryDefinition.builder("orders").join(joinFiltered("products", category)).build();
            QueryDefinition topLevel = QueryDefinition.builder("orders").join(join("products"))
                    .filter(QueryFilter.of("products", "category", FilterOperator.EQ, "electronics")).build();

            assertThat(resolve(topLevel).parts()).isEqualTo(resolve(onJoin).parts());
        }

        @Test
        void anUnqualifiedJoinFilterIsOnThatJoinAndAQualifiedOneMayNameAnyQueryTable() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(join("users"), joinFiltered("products",
                            QueryFilter.of("id", FilterOperator.EQ, TestFixture.id("P1")),
                            QueryFilter.of("users", "role", FilterOperator.EQ, "admin"),
                            QueryFilter.of("orders", "status", FilterOperator.EQ, "active")))
                    .build());

            assertThat(conjuncts(result)).extracting(node -> ((WhereCondition) node).column())
                    .containsExactly(col("t2", "id"), col("t1", "role"), col("t0", "order_status"));
        }

        @Test
        void anExistsFilterDefaultsToTheExistsTable() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("products"))
                    .filter(QueryExistsFilter.exists("invoices", QueryFilter.of("status", FilterOperator.EQ, "paid")))
                    .build());

            WhereExists exists = (WhereExists) where(result);
            assertThat(((WhereCondition) exists.subquery().where().get(0)).column()).isEqualTo(col("s2", "status"));
        }

        @Test
        void columnFilterSidesDefaultToFrom() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").join(join("products"))
                    .filter(new QueryColumnFilter("total", Optional.empty(), ComparisonOperator.GT, "price", Optional.of("products")),
                            QueryColumnFilter.of("total", ComparisonOperator.GT, "discount"))
                    .build());

            assertThat(conjuncts(result)).containsExactly(
                    new WhereColumnCondition(col("t0", "total_amount"), ComparisonOperator.GT, col("t1", "price")),
                    new WhereColumnCondition(col("t0", "total_amount"), ComparisonOperator.GT, col("t0", "discount")));
            assertThat(result.params()).isEmpty();
        }
        @Test
        void columnFilterSidesInAJoinFilterDefaultToFromButInsideAnExistsToItsTable() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(joinFiltered("products", QueryColumnFilter.of("total", ComparisonOperator.GT, "discount")))
                    .filter(QueryExistsFilter.exists("invoices", QueryColumnFilter.of("paidAt", ComparisonOperator.GT, "issuedAt")))
                    .build());

            WhereExists exists = (WhereExists) conjuncts(result).get(0);
            assertThat(exists.subquery().where()).containsExactly(
                    new WhereColumnCondition(col("s2", "paid_at"), ComparisonOperator.GT, col("s2", "issued_at")));
            assertThat(conjuncts(result).get(1)).isEqualTo(
                    new WhereColumnCondition(col("t0", "total_amount"), ComparisonOperator.GT, col("t0", "discount")));
        }
    }

    @Nested
    class WhereAssembly {
        @Test
        void noConditionMeansNoWhere() {
            assertThat(resolve(QueryDefinition.builder("orders").build()).parts().where()).isEmpty();
        }

        @Test
        void topLevelConditionsAreConjunctsAndAWrittenGroupStaysAGroup() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .filter(STATUS_ACTIVE, QueryFilterGroup.and(QueryFilter.of("total", FilterOperator.GT, 1))).build());

            assertThat(conjuncts(result)).hasSize(2);
            assertThat(conjuncts(result).get(0)).isInstanceOf(WhereCondition.class);
            assertThat(conjuncts(result).get(1)).isInstanceOf(WhereGroup.class);
        }

        @Test
        void byIdsComeFirstThenTopLevelFiltersThenJoinFiltersInJoinOrder() {
            List<Object> ids = List.of(TestFixture.id("O1"), TestFixture.id("O2"));
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(joinFiltered("products", QueryFilter.of("category", FilterOperator.EQ, "electronics")),
                            joinFiltered("users", QueryFilter.of("role", FilterOperator.EQ, "admin")))
                    .filter(STATUS_ACTIVE)
                    .byIds(ids)
                    .build());

            assertThat(conjuncts(result)).extracting(node -> ((WhereCondition) node).column()).containsExactly(
                    col("t0", "id"), col("t0", "order_status"), col("t1", "category"), col("t2", "role"));
            assertThat(result.params()).containsExactly(ids, "active", "electronics", "admin");
        }

        @Test
        void byIdsIsAnInConditionOnThePrimaryKeyWithTheWholeListAsOneParam() {
            List<Object> ids = List.of(TestFixture.id("U1"), TestFixture.id("U2"));
            ResolveResult result = resolve(QueryDefinition.builder("users").byIds(ids).build());

            assertThat(where(result)).isEqualTo(
                    new WhereCondition(col("t0", "id"), ConditionOperator.IN, OptionalInt.of(0), ColumnType.UUID));
            assertThat(result.params()).containsExactly(ids);
        }

        @Test
        void groupsKeepLogicNegationAndOrder() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .filter(QueryFilterGroup.and(STATUS_ACTIVE, QueryFilter.of("total", FilterOperator.EQ, 0)).negated())
                    .build());

            WhereGroup group = (WhereGroup) where(result);
            assertThat(group.logic()).isEqualTo(FilterLogic.AND);
            assertThat(group.not()).isTrue();
            assertThat(group.conditions()).hasSize(2);
            assertThat(result.params()).containsExactly("active", 0);
        }
    }

    @Nested
    class OperatorNodes {
        private WhereNode node(String table, QueryFilter filter) {
            return where(resolve(QueryDefinition.builder(table).filter(filter).build()));
        }

        @Test
        void comparisonsKeepTheColumnType() {
            assertThat(node("orders", QueryFilter.of("quantity", FilterOperator.GE, 5))).isEqualTo(
                    new WhereCondition(col("t0", "quantity"), ConditionOperator.GE, OptionalInt.of(0), ColumnType.INT));
        }

        @Test
        void nullChecksBindNothing() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .filter(QueryFilter.unary("productId", FilterOperator.IS_NOT_NULL)).build());

            assertThat(where(result)).isEqualTo(new WhereCondition(
                    col("t0", "product_id"), ConditionOperator.IS_NOT_NULL, OptionalInt.empty(), ColumnType.UUID));
            assertThat(result.params()).isEmpty();
        }

        @Test
        void inBindsTheWholeListAsOneParam() {
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .filter(new QueryFilter("status", Optional.empty(), FilterOperator.NOT_IN,
                            Optional.of(List.of("cancelled", "pending")))).build());

            assertThat(((WhereCondition) where(result)).operator()).isEqualTo(ConditionOperator.NOT_IN);
            assertThat(result.params()).containsExactly(List.of("cancelled", "pending"));
        }

        @Test
        void patternValuesStayRaw() {
            ResolveResult result = resolve(QueryDefinition.builder("users")
                    .filter(QueryFilter.of("email", FilterOperator.NOT_ICONTAINS, "test%us_er")).build());

            assertThat(where(result)).isEqualTo(new WhereCondition(
                    col("t0", "email"), ConditionOperator.NOT_ICONTAINS, OptionalInt.of(0), ColumnType.STRING));
            assertThat(result.params()).containsExactly("test%us_er");
        }

        @Test
        void betweenBindsFromThenTo() {
            QueryFilter notBetween = new QueryFilter("total", Optional.empty(), FilterOperator.NOT_BETWEEN,
                    Optional.of(Map.of("from", 0, "to", 10)));
            ResolveResult result = resolve(QueryDefinition.builder("orders").filter(notBetween).build());

            assertThat(where(result)).isEqualTo(new WhereBetween(col("t0", "total_amount"), true, 0, 1, ColumnType.DECIMAL));
            assertThat(result.params()).containsExactly(0, 10);
        }

        @Test
        void levenshteinBindsTextThenMaximum() {
            ResolveResult result = resolve(QueryDefinition.builder("users")
                    .filter(QueryFilter.levenshteinLte("lastName", "smith", 2)).build());

            assertThat(where(result)).isEqualTo(new WhereFunction(
                    FilterFunction.LEVENSHTEIN, col("t0", "last_name"), 0, ComparisonOperator.LE, 1));
            assertThat(result.params()).containsExactly("smith", 2);
        }

        @Test
        void arrayOperatorsCarryTheElementType() {
            assertThat(node("orders", QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS, 1))).isEqualTo(
                    new WhereArrayCondition(col("t0", "priorities"), ArrayOperator.CONTAINS, OptionalInt.of(0), ColumnType.INT));
            assertThat(node("products", QueryFilter.of("labels", FilterOperator.ARRAY_CONTAINS_ANY, List.of("sale"))))
                    .isEqualTo(new WhereArrayCondition(
                            col("t0", "labels"), ArrayOperator.CONTAINS_ANY, OptionalInt.of(0), ColumnType.STRING));
            assertThat(node("events", QueryFilter.unary("tags", FilterOperator.ARRAY_IS_EMPTY))).isEqualTo(
                    new WhereArrayCondition(col("t0", "tags"), ArrayOperator.IS_EMPTY, OptionalInt.empty(), ColumnType.STRING));
        }

        @Test
        void aListWithANullElementIsKeptAsIs() {
            // validation rejects it; should one get through, the value reaches the dialect unchanged
            List<Object> values = Arrays.asList(1, null);
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .filter(new QueryFilter("quantity", Optional.empty(), FilterOperator.IN, Optional.of(values))).build());

            assertThat(result.params()).containsExactly(values);
        }
    }

    @Nested
    class ExistsResolution {
        @Test
        void aTopLevelExistsCorrelatesToFrom() {
            ResolveResult result = resolve(QueryDefinition.builder("users").filter(QueryExistsFilter.notExists("orders")).build());

            assertThat(where(result)).isEqualTo(new WhereExists(false, new CorrelatedSubquery(
                    TableRef.of("public.orders", "s1"), col("t0", "id"), col("s1", "customer_id"), List.of())));
        }

        @Test
        void aTopLevelExistsUnrelatedToFromCorrelatesToTheFirstRelatedJoin() {
            ResolveResult result = resolve(QueryDefinition.builder("products").join(join("orders"))
                    .filter(QueryExistsFilter.exists("invoices")).build());

            CorrelatedSubquery subquery = ((WhereExists) where(result)).subquery();
            assertThat(subquery.outerColumn()).isEqualTo(col("t1", "id"));
            assertThat(subquery.innerColumn()).isEqualTo(col("s2", "order_id"));
        }

        @Test
        void anExistsInAJoinFilterCorrelatesToThatJoin() {
            // events relate to orders and to users: the join's table wins inside its filters
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .join(joinFiltered("users", QueryExistsFilter.exists("events"))).build());

            CorrelatedSubquery subquery = ((WhereExists) where(result)).subquery();
            assertThat(subquery.outerColumn()).isEqualTo(col("t1", "id"));
            assertThat(subquery.innerColumn()).isEqualTo(col("s2", "user_id"));
        }

        @Test
        void aNestedExistsCorrelatesToTheEnclosingExistsTableNotToFrom() {
            // orders relate to tenants too; the nested EXISTS must still correlate to invoices
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .filter(QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("tenants"))).build());

            CorrelatedSubquery invoices = ((WhereExists) where(result)).subquery();
            assertThat(invoices.outerColumn()).isEqualTo(col("t0", "id"));
            assertThat(invoices.innerColumn()).isEqualTo(col("s1", "order_id"));
            CorrelatedSubquery tenants = ((WhereExists) invoices.where().get(0)).subquery();
            assertThat(tenants.outerColumn()).isEqualTo(col("s1", "tenant_id"));
            assertThat(tenants.innerColumn()).isEqualTo(col("s2", "id"));
        }

        @Test
        void everyExistsFilterIsAConjunctOfTheSubquery() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").filter(QueryExistsFilter.exists("invoices",
                    QueryFilter.of("status", FilterOperator.EQ, "paid"),
                    QueryFilter.of("amount", FilterOperator.GT, 100))).build());

            assertThat(((WhereExists) where(result)).subquery().where()).extracting(node -> ((WhereCondition) node).column())
                    .containsExactly(col("s1", "status"), col("s1", "amount"));
        }

        @Test
        void aCountedExistsBindsItsFiltersThenTheCountAndIgnoresExistsFalse() {
            QueryExistsFilter counted = new QueryExistsFilter(Optional.of(false), "invoices",
                    List.of(QueryFilter.of("status", FilterOperator.EQ, "paid")), Optional.of(ExistsCount.of(ComparisonOperator.EQ, 2)));
            ResolveResult result = resolve(QueryDefinition.builder("orders").filter(counted).build());

            WhereCountedSubquery node = (WhereCountedSubquery) where(result);
            assertThat(node.operator()).isEqualTo(ComparisonOperator.EQ);
            assertThat(node.countParamIndex()).isEqualTo(1);
            assertThat(result.params()).containsExactly("paid", 2L);
        }
    }

    @Nested
    class GroupingAndOrdering {
        private final QueryDefinition.Builder byStatus = QueryDefinition.builder("orders")
                .groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"), QueryAggregation.countAll("cnt"));

        @Test
        void aggregationsBecomeClausesInOrder() {
            SqlParts parts = resolve(byStatus.build()).parts();

            assertThat(parts.groupBy()).containsExactly(col("t0", "order_status"));
            assertThat(parts.aggregations()).containsExactly(
                    AggregationClause.of(AggregationFn.SUM, col("t0", "total_amount"), "totalSum"),
                    AggregationClause.countAll("cnt"));
        }

        @Test
        void aCountAllIgnoresItsTable() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns(List.of())
                    .aggregation(new QueryAggregation("*", Optional.of("nowhere"), AggregationFn.COUNT, "n")).build());

            assertThat(result.parts().aggregations()).containsExactly(AggregationClause.countAll("n"));
            assertThat(result.columnMappings().get(0).tableApiName()).isEqualTo("orders");
        }

        @Test
        void havingFiltersNameTheAliasWithItsInferredType() {
            ResolveResult result = resolve(byStatus.having(QueryFilter.of("cnt", FilterOperator.GT, 5)).build());

            assertThat(result.parts().having()).containsExactly(
                    new HavingCondition("cnt", ConditionOperator.GT, OptionalInt.of(0), ColumnType.INT));
        }

        @Test
        void everyHavingEntryIsAConjunctAndBetweenHasItsOwnNode() {
            QueryFilter notBetween = new QueryFilter("totalSum", Optional.empty(), FilterOperator.NOT_BETWEEN,
                    Optional.of(Map.of("from", 0, "to", 10)));
            ResolveResult result = resolve(byStatus.filter(STATUS_ACTIVE)
                    .having(notBetween, QueryFilterGroup.or(QueryFilter.unary("totalSum", FilterOperator.IS_NULL))).build());

            assertThat(result.parts().having()).containsExactly(
                    new HavingBetween("totalSum", true, 1, 2, ColumnType.DECIMAL),
                    new HavingGroup(FilterLogic.OR, false, List.of(new HavingCondition(
                            "totalSum", ConditionOperator.IS_NULL, OptionalInt.empty(), ColumnType.DECIMAL))));
            assertThat(result.params()).containsExactly("active", 0, 10);
        }

        @Test
        void orderByUsesAnAliasOnlyWhenUnqualifiedAndMatchingAnAggregation() {
            ResolveResult result = resolve(byStatus.join(join("products"))
                    .orderBy(QueryOrderBy.desc("totalSum"), QueryOrderBy.asc("status"),
                            new QueryOrderBy("category", Optional.of("products"), SortDirection.ASC))
                    .build());

            assertThat(result.parts().orderBy()).containsExactly(
                    OrderByClause.alias("totalSum", SortDirection.DESC),
                    OrderByClause.column(col("t0", "order_status"), SortDirection.ASC),
                    OrderByClause.column(col("t1", "category"), SortDirection.ASC));
        }

        @Test
        void distinctLimitAndOffsetAreCopied() {
            SqlParts parts = resolve(QueryDefinition.builder("orders").distinct(true).limit(10).offset(20).build()).parts();

            assertThat(parts.distinct()).isTrue();
            assertThat(parts.limit()).hasValue(10);
            assertThat(parts.offset()).hasValue(20);
        }
    }

    @Nested
    class CountMode {
        @Test
        void keepsTablesFiltersAndByIdsAndDropsEverythingAboutTheOutput() {
            List<Object> ids = List.of(TestFixture.id("O1"));
            ResolveResult result = resolve(QueryDefinition.builder("orders")
                    .columns("status").distinct(true).join(join("products"))
                    .filter(STATUS_ACTIVE).byIds(ids)
                    .groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.countAll("n"))
                    .having(QueryFilter.of("n", FilterOperator.GT, 1))
                    .orderBy(QueryOrderBy.asc("status")).limit(5).offset(5)
                    .executeMode(ExecuteMode.COUNT).build());

            SqlParts parts = result.parts();
            assertThat(parts.countMode()).isTrue();
            assertThat(result.mode()).isEqualTo(ResultMode.COUNT);
            assertThat(result.columnMappings()).isEmpty();
            assertThat(parts.select()).isEmpty();
            assertThat(parts.distinct()).isFalse();
            assertThat(parts.groupBy()).isEmpty();
            assertThat(parts.aggregations()).isEmpty();
            assertThat(parts.having()).isEmpty();
            assertThat(parts.orderBy()).isEmpty();
            assertThat(parts.limit()).isEmpty();
            assertThat(parts.offset()).isEmpty();
            assertThat(parts.joins()).hasSize(1);
            assertThat(conjuncts(result)).hasSize(2);
            assertThat(result.params()).containsExactly(ids, "active");
        }

        @Test
        void otherModesReturnData() {
            ResolveResult result = resolve(QueryDefinition.builder("orders").executeMode(ExecuteMode.SQL_ONLY).build());

            assertThat(result.mode()).isEqualTo(ResultMode.DATA);
            assertThat(result.parts().countMode()).isFalse();
        }
    }

    @Nested
    class AggregationTypes {
        private ColumnMapping mapping(QueryAggregation aggregation) {
            ResolveResult result = resolve(QueryDefinition.builder("orders").columns(List.of())
                    .join(join("products", List.of())).aggregation(aggregation).build());
            return result.columnMappings().get(0);
        }

        @Test
        void countIsANonNullableInt() {
            assertThat(mapping(QueryAggregation.of(AggregationFn.COUNT, "discount", "n")))
                    .isEqualTo(new ColumnMapping("n", "n", "t0", "orders", false, false, ColumnType.INT, Optional.empty()));
            assertThat(mapping(QueryAggregation.countAll("n")).type()).isEqualTo(ColumnType.INT);
        }

        @Test
        @DisplayName("#129 avg is always decimal")
        void avgIsDecimal() {
            assertThat(mapping(QueryAggregation.of(AggregationFn.AVG, "quantity", "avgQuantity")).type())
                    .isEqualTo(ColumnType.DECIMAL);
        }

        @Test
        @DisplayName("#102 min and max keep the source type")
        void minAndMaxKeepTheSourceType() {
            assertThat(mapping(QueryAggregation.of(AggregationFn.MIN, "createdAt", "earliest")).type())
                    .isEqualTo(ColumnType.TIMESTAMP);
            assertThat(mapping(QueryAggregation.of(AggregationFn.MAX, "quantity", "most")).type()).isEqualTo(ColumnType.INT);
        }

        @Test
        @DisplayName("#164 sum keeps the source type and is nullable")
        void sumKeepsTheSourceTypeAndIsNullable() {
            assertThat(mapping(QueryAggregation.of(AggregationFn.SUM, "discount", "totalDiscount")))
                    .isEqualTo(new ColumnMapping("totalDiscount", "totalDiscount", "t0", "orders", false, true,
                            ColumnType.DECIMAL, Optional.empty()));
        }

        @Test
        void sumOverANonNullableColumnIsStillNullableBecauseNoRowsYieldNull() {
            assertThat(mapping(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum")).nullable()).isTrue();
        }

        @Test
        void anAggregationOverAJoinedColumnNamesThatTable() {
            ColumnMapping mapping = mapping(
                    new QueryAggregation("price", Optional.of("products"), AggregationFn.SUM, "totalPrice"));

            assertThat(mapping.tableAlias()).isEqualTo("t1");
            assertThat(mapping.tableApiName()).isEqualTo("products");
        }

        @Test
        @DisplayName("#166 count over a column is an int")
        void countOverAColumnIsAnInt() {
            ResolveResult result = resolve(QueryDefinition.builder("invoices").columns(List.of())
                    .aggregation(QueryAggregation.of(AggregationFn.COUNT, "orderId", "orderCount")).build());

            assertThat(result.columnMappings().get(0).toResultColumn().type()).isEqualTo(ColumnType.INT);
        }
    }

    @Nested
    class Masking {
        @Test
        void maskedColumnsCarryTheirOwnMaskingFunction() {
            ResolveResult result = resolveAs(QueryDefinition.builder("orders").build(), "tenant-user");

            assertThat(result.columnMappings()).extracting(ColumnMapping::masked).containsExactly(false, true, false, false);
            assertThat(result.columnMappings().get(1).maskingFn()).contains(MaskingFn.NUMBER);
            assertThat(result.columnMappings().get(0).maskingFn()).isEmpty();
        }

        @Test
        void aMaskedColumnWithoutMaskingFunctionGetsFull() {
            RoleMeta masksStatus = new RoleMeta("masks-status", TableGrant.of(List.of(
                    new TableRoleAccess("orders", ColumnGrant.all(), List.of("status")))));
            ResolveResult result = resolveWithExtraRole(
                    QueryDefinition.builder("orders").columns("id", "status").build(), masksStatus);

            assertThat(result.columnMappings().get(1).masked()).isTrue();
            assertThat(result.columnMappings().get(1).maskingFn()).contains(MaskingFn.FULL);
        }

        @Test
        void maskingFollowsEachTablesAccess() {
            ResolveResult result = resolveAs(QueryDefinition.builder("orders").columns("id")
                    .join(join("users", List.of("email", "firstName"))).build(), "tenant-user");

            assertThat(result.columnMappings()).extracting(ColumnMapping::masked).containsExactly(false, true, false);
            assertThat(result.columnMappings().get(1).maskingFn()).contains(MaskingFn.EMAIL);
        }

        @Test
        @DisplayName("#233 aggregation alias never masked")
        void aggregationAliasNeverMasked() {
            ResolveResult result = resolveAs(QueryDefinition.builder("orders")
                    .groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"))
                    .build(), "tenant-user");
            ResolveResult plain = resolveAs(QueryDefinition.builder("orders").columns("total").build(), "tenant-user");

            assertThat(plain.columnMappings().get(0).masked()).isTrue();
            ColumnMapping totalSum = result.columnMappings().get(1);
            assertThat(totalSum.apiName()).isEqualTo("totalSum");
            assertThat(totalSum.masked()).isFalse();
            assertThat(totalSum.maskingFn()).isEmpty();
            assertThat(totalSum.toResultColumn().masked()).isFalse();
        }
    }

    @Nested
    class ImpossibleStates {
        private void rejects(QueryDefinition definition, String message) {
            assertThatThrownBy(() -> resolve(definition))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(message);
        }

        @Test
        void unknownTablesAndColumnsAreRejected() {
            rejects(QueryDefinition.builder("nonexistent").build(), "unknown table nonexistent");
            rejects(QueryDefinition.builder("orders").columns("bad").build(), "unknown column orders.bad");
            rejects(QueryDefinition.builder("orders").filter(QueryFilter.of("metrics", "name", FilterOperator.EQ, "x")).build(),
                    "table metrics is not part of the query");
        }

        @Test
        void unrelatedTablesAreRejected() {
            rejects(QueryDefinition.builder("orders").join(join("metrics")).build(), "no relation connects metrics");
            rejects(QueryDefinition.builder("orders")
                    .filter(QueryExistsFilter.exists("invoices", QueryExistsFilter.exists("users"))).build(),
                    "no relation connects users");
        }

        @Test
        void malformedOperandsAreRejected() {
            rejects(QueryDefinition.builder("orders").filter(QueryFilter.of("total", FilterOperator.BETWEEN, 5)).build(),
                    "between on total needs {from}");
            rejects(QueryDefinition.builder("orders").filter(QueryFilter.unary("total", FilterOperator.EQ)).build(),
                    "= on total needs a value");
            rejects(QueryDefinition.builder("orders").filter(QueryFilter.unary("total", FilterOperator.ARRAY_IS_EMPTY)).build(),
                    "arrayIsEmpty needs an array column");
            rejects(QueryDefinition.builder("orders").filter(new QueryExistsFilter(Optional.empty(), "invoices", List.of(),
                            Optional.of(new ExistsCount(ComparisonOperator.GE, new BigDecimal("2.5"))))).build(),
                    "count value must be a whole number");
        }

        private QueryDefinition.Builder grouped() {
            return QueryDefinition.builder("orders").groupBy(QueryGroupBy.of("status"))
                    .aggregation(QueryAggregation.countAll("n"));
        }

        @Test
        void havingOutsideItsRulesIsRejected() {
            rejects(grouped().having(QueryFilter.of("missing", FilterOperator.GT, 1)).build(),
                    "no aggregation has the alias missing");
            rejects(grouped().having(QueryFilter.of("n", FilterOperator.LIKE, "1%")).build(), "like is not allowed in having");
            rejects(grouped().having(QueryFilter.of("orders", "n", FilterOperator.GT, 1)).build(), "name an alias, not a table");
            rejects(grouped().having(QueryExistsFilter.exists("invoices")).build(),
                    "having allows filters on aliases and groups only");
        }
    }
}
