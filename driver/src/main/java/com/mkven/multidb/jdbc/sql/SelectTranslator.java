package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryJoin;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed SELECT to a query definition: FROM and JOINs first (they make the scope), then each clause. */
final class SelectTranslator {
    private SelectTranslator() {}

    static Translation translate(ParsedQuery query, MetadataIndex index, ParameterBinding parameters) {
        TranslationContext context = TranslationContext.of(index, parameters);
        PlainSelect select = query.select();
        SourcePosition at = Positions.of(select, SourcePosition.START);
        if (select.getFromItem() == null) {
            throw UnsupportedSqlException.unsupported("SELECT without FROM", at);
        }
        Scope scope = Scope.query();
        ScopeTable from = context.tables().fromItem(select.getFromItem(), at);
        scope.add(from);
        List<JoinTranslator.JoinedTable> joined = JoinTranslator.translate(select.getJoins(), scope, context, at);
        SelectList selectList = SelectListTranslator.translate(select.getSelectItems(), scope, context, at);
        List<QueryJoin> joins = new ArrayList<>(joined.size());
        for (JoinTranslator.JoinedTable join : joined) {
            joins.add(new QueryJoin(join.table().apiName(), Optional.of(join.type()), selectList.columnsOf(join.table()),
                    List.of()));
        }
        List<FilterNode> filters = conditions(select.getWhere(), new WhereOperands(scope, context.columns()), context,
                at);
        List<FilterNode> having = conditions(select.getHaving(),
                new HavingOperands(scope, context.columns(), selectList.aggregations()), context, at);
        PagingTranslator.Paging paging = PagingTranslator.translate(select, context.values(), at);
        QueryDefinition definition = new QueryDefinition(from.apiName(), selectList.columnsOf(from),
                select.getDistinct() != null, filters, joins,
                GroupByTranslator.translate(select.getGroupBy(), scope, context, at),
                selectList.aggregations().definitions(), having, paging.limit(), paging.offset(),
                OrderByTranslator.translate(select.getOrderByElements(), scope, selectList, context, at),
                Optional.empty(), Optional.empty(),
                query.explain() ? Optional.of(ExecuteMode.SQL_ONLY) : Optional.empty(), false);
        return new Translation(ByIds.apply(definition, from), selectList.items());
    }

    private static List<FilterNode> conditions(Expression condition, ConditionOperands operands,
            TranslationContext context, SourcePosition at) {
        if (condition == null) {
            return List.of();
        }
        return new ConditionTranslator(context, operands).conjunction(condition, at);
    }
}
