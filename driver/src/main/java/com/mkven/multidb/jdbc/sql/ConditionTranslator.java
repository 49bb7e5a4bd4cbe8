package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A WHERE or HAVING condition to filter nodes: AND/OR chains become groups (the top-level AND
 * becomes the list itself), NOT negates, parentheses only group; each predicate goes to
 * {@link Predicates}.
 */
final class ConditionTranslator {
    private static final Map<FilterOperator, FilterOperator> NEGATED = Map.of(
            FilterOperator.CONTAINS, FilterOperator.NOT_CONTAINS,
            FilterOperator.NOT_CONTAINS, FilterOperator.CONTAINS,
            FilterOperator.ICONTAINS, FilterOperator.NOT_ICONTAINS,
            FilterOperator.NOT_ICONTAINS, FilterOperator.ICONTAINS);

    private final Predicates predicates;

    ConditionTranslator(TranslationContext context, ConditionOperands operands) {
        this.predicates = new Predicates(context, operands);
    }

    /** The conjuncts of a condition, as the implicitly AND-ed list of a definition. */
    List<FilterNode> conjunction(Expression condition, SourcePosition fallback) {
        List<FilterNode> nodes = new ArrayList<>();
        for (Expression part : conjuncts(condition)) {
            nodes.add(node(part, fallback));
        }
        return nodes;
    }

    FilterNode node(Expression condition, SourcePosition fallback) {
        Expression expression = LiteralValues.unwrap(condition);
        SourcePosition position = Positions.of(expression, fallback);
        if (expression instanceof AndExpression) {
            return group(FilterLogic.AND, expression, AndExpression.class, position);
        }
        if (expression instanceof OrExpression) {
            return group(FilterLogic.OR, expression, OrExpression.class, position);
        }
        if (expression instanceof NotExpression not) {
            return negate(node(not.getExpression(), position));
        }
        return predicates.translate(expression, position);
    }

    /** The top-level AND operands of a condition, parentheses around the whole taken off. */
    static List<Expression> conjuncts(Expression condition) {
        return Logic.operands(LiteralValues.unwrap(condition), AndExpression.class);
    }

    private FilterNode group(FilterLogic logic, Expression chain, Class<? extends BinaryExpression> type,
            SourcePosition position) {
        List<FilterNode> conditions = new ArrayList<>();
        for (Expression operand : Logic.operands(chain, type)) {
            conditions.add(node(operand, position));
        }
        return new QueryFilterGroup(logic, false, conditions);
    }

    /**
     * NOT of a node: EXISTS and groups carry their own negation, contains/icontains have NOT forms
     * (exactly equivalent, NULLs included); anything else is wrapped in a negated group.
     */
    static FilterNode negate(FilterNode node) {
        if (node instanceof QueryExistsFilter exists && exists.count().isEmpty()) {
            return new QueryExistsFilter(exists.isExists() ? Optional.of(false) : Optional.empty(), exists.table(),
                    exists.filters(), exists.count());
        }
        if (node instanceof QueryFilterGroup group) {
            return group.negated();
        }
        if (node instanceof QueryFilter filter) {
            FilterOperator negated = NEGATED.get(filter.operator());
            if (negated != null) {
                return new QueryFilter(filter.column(), filter.table(), negated, filter.value());
            }
        }
        return new QueryFilterGroup(FilterLogic.AND, true, List.of(node));
    }
}
