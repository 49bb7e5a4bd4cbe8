package com.mkven.multidb.ir;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.query.JoinType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableRefRewriterTest {
    private static final ColumnRef ORDER_ID = new ColumnRef("t0", "id");
    private static final WhereCondition PAID = new WhereCondition(
            new ColumnRef("s2", "status"), ConditionOperator.EQ, OptionalInt.of(0), ColumnType.STRING);

    private static CorrelatedSubquery subquery(String table, String alias, List<WhereNode> where) {
        return new CorrelatedSubquery(TableRef.of(table, alias), ORDER_ID, new ColumnRef(alias, "order_id"), where);
    }

    /** orders t0 ⋈ products t1, WHERE (EXISTS invoices s2 … EXISTS events s3) OR (count of events s4) > 1. */
    private static SqlParts statement() {
        WhereNode nested = new WhereExists(true, subquery("public.invoices", "s2",
                List.of(PAID, new WhereExists(false, subquery("default.events", "s3", List.of())))));
        WhereNode counted = new WhereCountedSubquery(subquery("default.events", "s4", List.of()), ComparisonOperator.GT, 1);
        JoinClause join = new JoinClause(JoinType.LEFT, TableRef.of("public.products", "t1"),
                new ColumnRef("t0", "product_id"), new ColumnRef("t1", "id"));
        return new SqlParts(List.of(ORDER_ID), true, TableRef.of("public.orders", "t0"), List.of(join),
                List.of(new WhereGroup(FilterLogic.OR, false, List.of(nested, counted))), List.of(), List.of(), List.of(),
                List.of(), OptionalInt.of(5), OptionalInt.empty(), false);
    }

    @Test
    void mapsFromJoinsAndEverySubqueryAtAnyDepth() {
        SqlParts rewritten = TableRefRewriter.rewrite(statement(),
                table -> table.readFrom("x_" + table.physicalName(), Optional.of("cat_" + table.alias()), Optional.empty()));

        assertThat(rewritten.from()).isEqualTo(new TableRef("x_public.orders", "t0", Optional.of("cat_t0"), Optional.empty()));
        assertThat(rewritten.joins().get(0).table()).isEqualTo(new TableRef("x_public.products", "t1", Optional.of("cat_t1"), Optional.empty()));
        WhereGroup or = (WhereGroup) rewritten.where().get(0);
        CorrelatedSubquery invoices = ((WhereExists) or.conditions().get(0)).subquery();
        assertThat(invoices.from()).isEqualTo(new TableRef("x_public.invoices", "s2", Optional.of("cat_s2"), Optional.empty()));
        assertThat(invoices.where().get(0)).isEqualTo(PAID);
        assertThat(((WhereExists) invoices.where().get(1)).subquery().from().catalog()).contains("cat_s3");
        assertThat(((WhereCountedSubquery) or.conditions().get(1)).subquery().from().catalog()).contains("cat_s4");
    }

    @Test
    void keepsEverythingElse() {
        SqlParts original = statement();

        SqlParts identity = TableRefRewriter.rewrite(original, table -> table);

        assertThat(identity).isEqualTo(original);
    }

    @Test
    void refusesToChangeAnAliasColumnsReferTo() {
        assertThatThrownBy(() -> TableRefRewriter.rewrite(statement(), table -> TableRef.of(table.physicalName(), "z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mapping changed alias t0 to z");
    }
}
