package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.JoinType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code JOIN}/{@code INNER JOIN} (inner) and {@code LEFT [OUTER] JOIN} (left) of related tables.
 * The relation decides the join condition, so an ON clause may only restate it: any other ON
 * would change which rows match, and is refused rather than silently replaced.
 */
final class JoinTranslator {
    private JoinTranslator() {}

    record JoinedTable(ScopeTable table, JoinType type) {
        JoinedTable {
            requireNonNull(table, "table is null");
            requireNonNull(type, "type is null");
        }
    }

    static List<JoinedTable> translate(List<Join> joins, Scope scope, TranslationContext context,
            SourcePosition fallback) {
        List<JoinedTable> joined = new ArrayList<>();
        if (joins == null) {
            return joined;
        }
        for (Join join : joins) {
            SourcePosition position = Positions.of(join, fallback);
            JoinType type = type(join, position);
            List<ScopeTable> present = scope.tables();
            ScopeTable table = context.tables().fromItem(join.getFromItem(), position);
            scope.add(table);
            if (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty()) {
                throw UnsupportedSqlException.unsupported("JOIN … USING",
                        "JOIN … USING is not supported: the relation decides the join, so leave out ON or restate it "
                                + "with ON", position);
            }
            if (join.getOnExpressions().size() > 1) {
                throw UnsupportedSqlException.unsupported("several ON clauses on one JOIN", position);
            }
            for (Expression on : join.getOnExpressions()) {
                checkOn(on, present, table, scope, context, position);
            }
            joined.add(new JoinedTable(table, type));
        }
        return joined;
    }

    private static JoinType type(Join join, SourcePosition position) {
        String refused = join.isSimple() ? "comma-separated FROM list"
                : join.isNatural() ? "NATURAL JOIN"
                : join.isCross() ? "CROSS JOIN"
                : join.isRight() ? "RIGHT JOIN"
                : join.isFull() ? "FULL JOIN"
                : join.isSemi() ? "SEMI JOIN"
                : join.isApply() ? "APPLY"
                : join.isStraight() ? "STRAIGHT_JOIN"
                : join.isGlobal() ? "GLOBAL JOIN"
                : join.isWindowJoin() ? "WINDOW JOIN"
                : join.isAsOf() ? "ASOF JOIN"
                : join.isAny() ? "ANY JOIN"
                : join.isAll() ? "ALL JOIN"
                : join.isArray() ? "ARRAY JOIN"
                : join.isFetch() ? "JOIN FETCH"
                : join.getJoinHint() != null ? "join hint"
                : join.isOuter() && !join.isLeft() ? "OUTER JOIN"
                : null;
        if (refused != null) {
            throw UnsupportedSqlException.unsupported(refused, refused + " is not supported: use JOIN (inner) or "
                    + "LEFT JOIN with a related table", position);
        }
        return join.isLeft() ? JoinType.LEFT : JoinType.INNER;
    }

    private static void checkOn(Expression on, List<ScopeTable> present, ScopeTable table, Scope scope,
            TranslationContext context, SourcePosition position) {
        Expression condition = LiteralValues.unwrap(on);
        if (!(condition instanceof EqualsTo equality)
                || !(LiteralValues.unwrap(equality.getLeftExpression()) instanceof Column left)
                || !(LiteralValues.unwrap(equality.getRightExpression()) instanceof Column right)) {
            throw UnsupportedSqlException.unsupported("JOIN … ON " + Constructs.snippet(on),
                    "the ON condition of a join can only be the relation's key equality, e.g. ON o.productId = p.id; "
                            + "put other conditions in WHERE", Positions.of(on, position));
        }
        ResolvedColumn a = context.columns().resolve(left, scope, position);
        ResolvedColumn b = context.columns().resolve(right, scope, position);
        RelationKey.of(context.index(), present, table).ifPresent(key -> {
            if (!key.isEquality(a, b)) {
                throw UnsupportedSqlException.unsupported("JOIN " + table.apiName() + " ON " + equality,
                        "ON " + equality + " does not match the relation that joins " + table.apiName() + ": "
                                + key.describe(), Positions.of(equality, position));
            }
        });
    }
}
