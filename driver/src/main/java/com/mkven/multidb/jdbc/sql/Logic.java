package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** AND/OR chains as lists, without recursion: a WHERE of thousands of ORs is one left-deep chain. */
final class Logic {
    private Logic() {}

    /** The operands of a chain of {@code type} ({@code a AND b AND c} → a, b, c) in text order. */
    static List<Expression> operands(Expression chain, Class<? extends BinaryExpression> type) {
        List<Expression> operands = new ArrayList<>();
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(chain);
        while (!pending.isEmpty()) {
            Expression next = pending.pop();
            if (type.isInstance(next)) {
                BinaryExpression binary = (BinaryExpression) next;
                pending.push(binary.getRightExpression());
                pending.push(binary.getLeftExpression());
            } else {
                operands.add(next);
            }
        }
        return operands;
    }
}
