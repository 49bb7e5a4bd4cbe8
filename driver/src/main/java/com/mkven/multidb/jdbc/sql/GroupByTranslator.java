package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.QueryGroupBy;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.GroupByElement;

import java.util.ArrayList;
import java.util.List;

/** {@code GROUP BY} columns of FROM and JOIN tables. */
final class GroupByTranslator {
    private GroupByTranslator() {}

    static List<QueryGroupBy> translate(GroupByElement groupBy, Scope scope, TranslationContext context,
            SourcePosition fallback) {
        List<QueryGroupBy> columns = new ArrayList<>();
        if (groupBy == null) {
            return columns;
        }
        if (groupBy.getGroupingSets() != null && !groupBy.getGroupingSets().isEmpty()) {
            throw UnsupportedSqlException.unsupported("GROUPING SETS", fallback);
        }
        if (groupBy.isMysqlWithRollup()) {
            throw UnsupportedSqlException.unsupported("WITH ROLLUP", fallback);
        }
        for (Object item : groupBy.getGroupByExpressionList()) {
            Expression expression = LiteralValues.unwrap((Expression) item);
            SourcePosition position = Positions.of(expression, fallback);
            if (expression instanceof Column column) {
                ResolvedColumn resolved = context.columns().resolve(column, scope, position);
                columns.add(new QueryGroupBy(resolved.column(), resolved.qualifier(scope)));
            } else if (expression instanceof LongValue) {
                throw UnsupportedSqlException.unsupported("GROUP BY position",
                        "GROUP BY " + expression + " is not supported: name the column", position);
            } else {
                throw UnsupportedSqlException.unsupported(Constructs.describe(expression) + " in GROUP BY",
                        Constructs.describe(expression) + " in GROUP BY is not supported: group by columns", position);
            }
        }
        return columns;
    }
}
