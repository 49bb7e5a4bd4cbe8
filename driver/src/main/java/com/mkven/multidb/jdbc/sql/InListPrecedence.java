package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Works around JSqlParser 5.3, whose {@code IN} takes a whole expression as its right side:
 * {@code a = 1 AND b IN (1) OR c = 2} comes out as {@code a = 1 AND b IN ((1) OR c = 2)}. The
 * chain is read back into its tokens (operands, AND, OR, NOT) with each such IN cut down to its
 * list, then rebuilt with SQL's precedence (NOT over AND over OR). JSqlParser 5.4 parses IN
 * correctly, and then {@link #repair} finds nothing to do.
 */
final class InListPrecedence {
    private InListPrecedence() {}

    /** The condition with SQL's precedence restored; the same object when nothing needed it. */
    static Expression repair(Expression condition) {
        return swallows(condition) ? rebuild(tokens(condition)) : condition;
    }

    private static boolean swallows(Expression condition) {
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(condition);
        while (!pending.isEmpty()) {
            Expression next = pending.pop();
            if (next instanceof AndExpression and) {
                pending.push(and.getLeftExpression());
                pending.push(and.getRightExpression());
            } else if (next instanceof OrExpression or) {
                pending.push(or.getLeftExpression());
                pending.push(or.getRightExpression());
            } else if (next instanceof NotExpression not) {
                pending.push(not.getExpression());
            } else if (next instanceof InExpression in && isChain(in.getRightExpression())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChain(Expression expression) {
        return expression instanceof AndExpression || expression instanceof OrExpression;
    }

    /**
     * The chain as tokens in text order. An IN whose right side swallowed the chain waits for the
     * first operand of that side, its list, and takes it back as its own right side.
     */
    private static List<Object> tokens(Expression condition) {
        List<Object> tokens = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        Deque<InExpression> waiting = new ArrayDeque<>();
        pending.push(condition);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof Operator) {
                tokens.add(next);
            } else if (next instanceof InExpression in && isChain(in.getRightExpression())) {
                pending.push(in.getRightExpression());
                pending.push(new Waiting(in));
            } else if (next instanceof Waiting waitingIn) {
                waiting.push(waitingIn.in());
            } else if (next instanceof AndExpression and) {
                pushBinary(pending, and.getLeftExpression(), Operator.AND, and.getRightExpression());
            } else if (next instanceof OrExpression or) {
                pushBinary(pending, or.getLeftExpression(), Operator.OR, or.getRightExpression());
            } else if (next instanceof NotExpression not) {
                pending.push(not.getExpression());
                pending.push(Operator.NOT);
            } else {
                Expression operand = (Expression) next;
                while (!waiting.isEmpty()) {
                    InExpression in = waiting.pop();
                    operand = new InExpression(in.getLeftExpression(), operand).withNot(in.isNot())
                            .setGlobal(in.isGlobal());
                }
                tokens.add(operand);
            }
        }
        return tokens;
    }

    private static void pushBinary(Deque<Object> pending, Expression left, Operator operator, Expression right) {
        pending.push(right);
        pending.push(operator);
        pending.push(left);
    }

    private static Expression rebuild(List<Object> tokens) {
        Cursor cursor = new Cursor(tokens);
        Expression or = and(cursor);
        while (cursor.take(Operator.OR)) {
            or = new OrExpression(or, and(cursor));
        }
        return or;
    }

    private static Expression and(Cursor cursor) {
        Expression and = not(cursor);
        while (cursor.take(Operator.AND)) {
            and = new AndExpression(and, not(cursor));
        }
        return and;
    }

    private static Expression not(Cursor cursor) {
        int negations = 0;
        while (cursor.take(Operator.NOT)) {
            negations++;
        }
        Expression operand = (Expression) cursor.next();
        for (int i = 0; i < negations; i++) {
            operand = new NotExpression(operand);
        }
        return operand;
    }

    private enum Operator {
        AND,
        OR,
        NOT
    }

    private record Waiting(InExpression in) {
    }

    private static final class Cursor {
        private final List<Object> tokens;
        private int position;

        private Cursor(List<Object> tokens) {
            this.tokens = tokens;
        }

        boolean take(Operator operator) {
            if (position < tokens.size() && tokens.get(position) == operator) {
                position++;
                return true;
            }
            return false;
        }

        Object next() {
            return tokens.get(position++);
        }
    }
}
