package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.ComparisonOperator;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;

import java.util.Optional;

/** The six comparison operators of SQL ({@code <>} and {@code !=} both mean not-equal). */
final class Comparisons {
    private Comparisons() {}

    /** The operator of a comparison node; empty for other nodes and for dialect forms such as {@code ^=}. */
    static Optional<ComparisonOperator> operator(Expression expression) {
        if (expression instanceof EqualsTo) {
            return Optional.of(ComparisonOperator.EQ);
        }
        if (expression instanceof NotEqualsTo notEquals) {
            String written = notEquals.getStringExpression().replace(" ", "");
            return written.equals("<>") || written.equals("!=") ? Optional.of(ComparisonOperator.NE) : Optional.empty();
        }
        if (expression instanceof GreaterThan) {
            return Optional.of(ComparisonOperator.GT);
        }
        if (expression instanceof GreaterThanEquals) {
            return Optional.of(ComparisonOperator.GE);
        }
        if (expression instanceof MinorThan) {
            return Optional.of(ComparisonOperator.LT);
        }
        if (expression instanceof MinorThanEquals) {
            return Optional.of(ComparisonOperator.LE);
        }
        return Optional.empty();
    }

    /** The operator with its sides swapped: {@code 5 < total} is {@code total > 5}. */
    static ComparisonOperator flip(ComparisonOperator operator) {
        return switch (operator) {
            case EQ -> ComparisonOperator.EQ;
            case NE -> ComparisonOperator.NE;
            case GT -> ComparisonOperator.LT;
            case LT -> ComparisonOperator.GT;
            case GE -> ComparisonOperator.LE;
            case LE -> ComparisonOperator.GE;
        };
    }
}
