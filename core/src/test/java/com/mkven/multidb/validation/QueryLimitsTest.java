package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryGroupBy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static com.mkven.multidb.validation.QueryValidation.FIXTURE;
import static com.mkven.multidb.validation.QueryValidation.UUID_1;
import static com.mkven.multidb.validation.QueryValidation.single;
import static com.mkven.multidb.validation.QueryValidation.validate;
import static org.assertj.core.api.Assertions.assertThat;

/** The size limits of {@link QueryLimits}: hostile definitions fail fast with one typed issue. */
class QueryLimitsTest {
    private static final QueryFilter ACTIVE = QueryFilter.of("status", FilterOperator.EQ, "active");
    private static final int HUGE = 100_000;
    // built once, outside the timed tests: only validation is measured
    private static final List<Object> HUGE_LIST = Collections.nCopies(HUGE, "active");
    private static final FilterNode HUGE_DEPTH = nestedGroups(HUGE, ACTIVE);
    private static final QueryDefinition HUGE_IN = QueryDefinition.builder("orders")
            .filter(QueryFilter.in("status", HUGE_LIST)).build();

    @BeforeAll
    static void loadValidatorClasses() {
        validate(QueryDefinition.builder("orders").filter(ACTIVE).build());
    }

    private static FilterNode nestedGroups(int levels, FilterNode innermost) {
        FilterNode node = innermost;
        for (int i = 0; i < levels; i++) {
            node = new QueryFilterGroup(FilterLogic.AND, false, List.of(node));
        }
        return node;
    }

    @Test
    @DisplayName("a condition inside 32 nested groups is accepted")
    void thirtyTwoLevels() {
        assertThat(validate(QueryDefinition.builder("orders").filter(nestedGroups(QueryLimits.MAX_FILTER_DEPTH, ACTIVE))
                .build())).isEmpty();
    }

    @Test
    @DisplayName("a condition inside 33 nested groups is one INVALID_FILTER naming the top-level index")
    void thirtyThreeLevels() {
        ValidationIssue issue = single(QueryDefinition.builder("orders").filter(ACTIVE,
                nestedGroups(QueryLimits.MAX_FILTER_DEPTH + 1, ACTIVE)).build(), ValidationIssueCode.INVALID_FILTER);

        assertThat(issue.message()).isEqualTo("Filter nesting is deeper than 32 levels of groups and EXISTS");
        assertThat(issue.details().filterIndex()).contains(1);
    }

    @Test
    @DisplayName("nested EXISTS count towards the depth limit")
    void nestedExists() {
        FilterNode node = ACTIVE;
        node = QueryExistsFilter.exists("orders", node);
        for (int i = 0; i < 40; i++) {
            node = QueryExistsFilter.exists(i % 2 == 0 ? "invoices" : "tenants", node);
        }
        ValidationIssue issue = single(QueryDefinition.builder("orders").filter(node).build(),
                ValidationIssueCode.INVALID_FILTER);

        assertThat(issue.details().filterIndex()).contains(0);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    @DisplayName("a Java-built definition nested 100 000 deep is refused without a stack overflow")
    void hundredThousandLevels() {
        ValidationException error = validate(QueryDefinition.builder("orders").filter(HUGE_DEPTH).build()).orElseThrow();

        assertThat(error.errors()).extracting(ValidationIssue::code).containsExactly(ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    @DisplayName("HAVING nested 100 000 deep is refused without a stack overflow")
    void hundredThousandLevelsInHaving() {
        ValidationException error = validate(QueryDefinition.builder("orders").groupBy(QueryGroupBy.of("status"))
                .aggregation(QueryAggregation.countAll("cnt"))
                .having(nestedGroups(HUGE, QueryFilter.of("cnt", FilterOperator.GT, 1))).build()).orElseThrow();

        assertThat(error.errors()).extracting(ValidationIssue::code).containsExactly(ValidationIssueCode.INVALID_FILTER);
    }

    @Test
    @DisplayName("10 000 filter conditions are validated")
    void tenThousandConditions() {
        assertThat(validate(QueryDefinition.builder("orders").filter(Collections.nCopies(QueryLimits.MAX_FILTER_NODES,
                ACTIVE).toArray(FilterNode[]::new)).build())).isEmpty();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    @DisplayName("more than 10 000 filter nodes are one INVALID_FILTER")
    void tooManyNodes() {
        List<FilterNode> wide = new ArrayList<>(Collections.nCopies(HUGE, QueryFilter.of("nonexistent", FilterOperator.EQ, 1)));
        ValidationIssue issue = single(QueryDefinition.builder("orders").filter(QueryFilterGroup.and(
                wide.toArray(FilterNode[]::new))).build(), ValidationIssueCode.INVALID_FILTER);

        assertThat(issue.message()).isEqualTo("The query has more than 10000 filter conditions");
        assertThat(issue.details().filterIndex()).isEmpty();
    }

    @Test
    @DisplayName("filters, join filters and having share the node budget")
    void budgetIsShared() {
        int half = QueryLimits.MAX_FILTER_NODES / 2;
        QueryDefinition definition = QueryDefinition.builder("orders")
                .filter(Collections.nCopies(half, ACTIVE).toArray(FilterNode[]::new))
                .aggregation(QueryAggregation.of(AggregationFn.SUM, "total", "totalSum"))
                .having(Collections.nCopies(half + 1, (FilterNode) QueryFilter.of("totalSum", FilterOperator.GT, 1))
                        .toArray(FilterNode[]::new))
                .build();

        assertThat(single(definition, ValidationIssueCode.INVALID_FILTER).message()).contains("10000");
    }

    @Test
    @Timeout(value = 250, unit = TimeUnit.MILLISECONDS)
    @DisplayName("an in list of 100 000 values is one INVALID_VALUE, in milliseconds")
    void hugeInList() {
        ValidationIssue issue = single(HUGE_IN, ValidationIssueCode.INVALID_VALUE);

        assertThat(issue.message()).isEqualTo(
                "Invalid value for 'in' on column 'orders.status': the array holds 100000 values, at most 10000 are allowed");
        assertThat(issue.details().actual()).contains("array of 100000 values");
    }

    @Test
    @DisplayName("an in list of exactly 10 000 values is accepted")
    void tenThousandValues() {
        assertThat(validate(QueryDefinition.builder("orders").filter(QueryFilter.in("status",
                Collections.nCopies(QueryLimits.MAX_LIST_VALUES, "active"))).build())).isEmpty();
    }

    @Test
    @DisplayName("arrayContainsAny over 10 000 values is INVALID_VALUE")
    void hugeArrayContainsAny() {
        single(QueryDefinition.builder("products").filter(QueryFilter.of("labels", FilterOperator.ARRAY_CONTAINS_ANY,
                Collections.nCopies(QueryLimits.MAX_LIST_VALUES + 1, "sale"))).build(), ValidationIssueCode.INVALID_VALUE);
    }

    @Test
    @Timeout(value = 250, unit = TimeUnit.MILLISECONDS)
    @DisplayName("byIds over 10 000 ids is one INVALID_BY_IDS")
    void hugeByIds() {
        ValidationIssue issue = single(QueryDefinition.builder("orders").byIds(Collections.nCopies(HUGE, UUID_1)).build(),
                ValidationIssueCode.INVALID_BY_IDS);

        assertThat(issue.details().actual()).contains("100000 ids");
    }

    @Test
    @DisplayName("the depth limit is reported once per top-level condition however many branches are too deep")
    void depthReportedOncePerCondition() {
        FilterNode deep = nestedGroups(QueryLimits.MAX_FILTER_DEPTH + 1, ACTIVE);
        ValidationException error = QueryValidator.validateQuery(QueryDefinition.builder("orders")
                .filter(QueryFilterGroup.or(deep, deep, deep), deep).build(), QueryValidation.ADMIN, FIXTURE)
                .orElseThrow();

        assertThat(error.errors()).extracting(issue -> issue.details().filterIndex()).containsExactly(Optional.of(0),
                Optional.of(1));
    }
}
