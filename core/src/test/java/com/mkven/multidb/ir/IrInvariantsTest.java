package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.SortDirection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IR rejects states resolution never produces, so a dialect never has to guess. */
class IrInvariantsTest {
    private static final ColumnRef COLUMN = new ColumnRef("t0", "c");
    private static final TableRef FROM = TableRef.of("public.orders", "t0");

    @Test
    void aConditionHasAParameterExactlyWhenItsOperatorTakesOne() {
        assertThatThrownBy(() -> new WhereCondition(COLUMN, ConditionOperator.EQ, OptionalInt.empty(), ColumnType.INT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("= needs parameter");
        assertThatThrownBy(() -> new WhereCondition(COLUMN, ConditionOperator.IS_NULL, OptionalInt.of(0), ColumnType.INT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("isNull takes no parameter");
        assertThatThrownBy(() -> new WhereArrayCondition(COLUMN, ArrayOperator.IS_EMPTY, OptionalInt.of(0), ColumnType.INT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("IS_EMPTY takes no parameter");
        assertThatThrownBy(() -> new WhereBetween(COLUMN, false, -1, 0, ColumnType.INT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fromParamIndex must not be negative: -1");
    }

    @Test
    void arrayConditionsNameTheElementType() {
        assertThatThrownBy(() -> new WhereArrayCondition(COLUMN, ArrayOperator.CONTAINS, OptionalInt.of(0), ColumnType.INT_ARRAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("elementType must be scalar: int[]");
    }

    @Test
    void havingHasNoPatternOperators() {
        assertThatThrownBy(() -> new HavingCondition("n", ConditionOperator.LIKE, OptionalInt.of(0), ColumnType.STRING))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pattern operators are not allowed in having: like");
    }

    @Test
    void onlyCountTakesAStar() {
        assertThatThrownBy(() -> new AggregationClause(AggregationFn.SUM, Optional.empty(), "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("only count takes '*': sum(*) AS s");
    }

    @Test
    void anOrderByItemIsAColumnOrAnAlias() {
        assertThatThrownBy(() -> new OrderByClause(Optional.of(COLUMN), Optional.of("a"), SortDirection.ASC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderByClause(Optional.empty(), Optional.empty(), SortDirection.ASC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubqueryCorrelatesOnItsOwnTable() {
        assertThatThrownBy(() -> new CorrelatedSubquery(TableRef.of("public.invoices", "s1"), COLUMN,
                new ColumnRef("s2", "order_id"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not on s1");
    }

    @Test
    void countModeCarriesNothingAboutTheOutputAndPagingIsNotNegative() {
        assertThatThrownBy(() -> new SqlParts(List.of(COLUMN), false, FROM, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlParts(List.of(COLUMN), false, FROM, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), OptionalInt.of(-1), OptionalInt.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must not be negative: -1");
        assertThat(SqlParts.count(FROM, List.of(), List.of()).countMode()).isTrue();
    }

    @Test
    void operatorsDescribeTheirRendering() {
        assertThat(ConditionOperator.NE.comparison()).contains(ComparisonOperator.NE);
        assertThat(ConditionOperator.NOT_ICONTAINS.negated()).isTrue();
        assertThat(ConditionOperator.NOT_ICONTAINS.caseInsensitive()).isTrue();
        assertThat(ConditionOperator.NOT_ICONTAINS.patternKind()).contains(ConditionOperator.PatternKind.CONTAINS);
        assertThat(ConditionOperator.LIKE.patternKind()).contains(ConditionOperator.PatternKind.CALLER_PATTERN);
        assertThat(ConditionOperator.IN.comparison()).isEmpty();
        assertThat(ConditionOperator.IS_NOT_NULL.takesParam()).isFalse();
        assertThat(new ColumnRef("t0", "total_amount").selectAlias()).isEqualTo("t0__total_amount");
    }
}
