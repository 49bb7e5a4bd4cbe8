package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;

/**
 * Source positions of JSqlParser nodes. Only some node types keep their tokens (columns, tables,
 * functions, selects, comparisons …); for the others the position of the leftmost child that has
 * one is the best answer, which a loop finds without recursing down long AND chains.
 */
final class Positions {
    private Positions() {}

    static SourcePosition of(Token token) {
        return new SourcePosition(Math.max(1, token.beginLine), Math.max(1, token.beginColumn));
    }

    /** The position of {@code node}, or {@code fallback} when neither it nor its leftmost children know theirs. */
    static SourcePosition of(Object node, SourcePosition fallback) {
        Object current = node;
        while (current != null) {
            if (current instanceof ASTNodeAccess access) {
                Node ast = access.getASTNode();
                if (ast != null && ast.jjtGetFirstToken() != null) {
                    return of(ast.jjtGetFirstToken());
                }
            }
            current = leftmostChild(current);
        }
        return fallback;
    }

    private static Object leftmostChild(Object node) {
        if (node instanceof BinaryExpression binary) {
            return binary.getLeftExpression();
        }
        if (node instanceof NotExpression not) {
            return not.getExpression();
        }
        if (node instanceof InExpression in) {
            return in.getLeftExpression();
        }
        if (node instanceof Between between) {
            return between.getLeftExpression();
        }
        if (node instanceof IsNullExpression isNull) {
            return isNull.getLeftExpression();
        }
        if (node instanceof ExistsExpression exists) {
            return exists.getRightExpression();
        }
        if (node instanceof SignedExpression signed) {
            return signed.getExpression();
        }
        if (node instanceof CastExpression cast) {
            return cast.getLeftExpression();
        }
        if (node instanceof ExpressionList<?> list && !list.isEmpty()) {
            return list.get(0);
        }
        return null;
    }
}
