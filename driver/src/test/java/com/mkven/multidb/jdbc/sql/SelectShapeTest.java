package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Distinct;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SelectShape} and the translators refuse every clause they do not translate by listing
 * JSqlParser's fields; a JSqlParser upgrade that adds a clause must fail here, so that the new
 * clause is refused (or translated) before it can be silently dropped. {@code UnsupportedSqlTest}
 * shows the error for each refused clause.
 */
class SelectShapeTest {
    @Test
    void everyFieldOfASelectIsKnown() {
        assertThat(fields(PlainSelect.class)).containsExactlyInAnyOrder(
                // translated
                "distinct", "selectItems", "fromItem", "joins", "where", "groupBy", "having",
                // refused by SelectShape
                "bigQuerySelectQualifier", "intoTables", "lateralViews", "qualify", "optimizeFor", "skip",
                "mySqlHintStraightJoin", "first", "top", "oracleHierarchical", "preferringClause", "oracleHint",
                "mySqlSqlCalcFoundRows", "mySqlCacheFlag", "forXmlPath", "ksqlWindow", "emitMode",
                "windowDefinitions", "isUsingFinal", "isUsingOnly", "useWithNoLog", "intoTempTable",
                "mySqlSelectIntoClause", "preWhere", "settings");
        assertThat(fields(Select.class)).containsExactlyInAnyOrder(
                // translated
                "orderByElements", "limit", "offset", "fetch",
                // refused by SelectShape
                "forUpdateTables", "withItemsList", "limitBy", "isolation", "oracleSiblings", "forClause", "forMode",
                "skipLocked", "wait", "noWait", "alias", "pivot", "unPivot", "mySqlProcedureAnalyse", "option",
                "interpolate", "forUpdateBeforeOrderBy");
        assertThat(fields(Distinct.class)).containsExactlyInAnyOrder(
                // refused by SelectShape
                "onSelectItems", "useUnique", "useDistinctRow");
    }

    @Test
    void everyFieldOfTheClausesInsideASelectIsKnown() {
        assertThat(fields(Join.class)).containsExactlyInAnyOrder(
                // translated
                "fromItem", "onExpressions", "inner", "left", "outer",
                // refused by JoinTranslator
                "usingColumns", "simple", "natural", "cross", "right", "full", "semi", "apply", "straight", "global",
                "joinWindow", "joinHint", "asOf", "any", "all", "array", "fetch");
        assertThat(fields(Table.class)).containsExactlyInAnyOrder(
                // translated (a name of more than one part is refused by TableResolver)
                "partItems", "alias",
                // refused by TableResolver
                "tableVariable", "timeTravelStr", "timeTravelStrAfterAlias", "sampleClause", "pivot", "unpivot",
                "mysqlHints", "sqlServerHints",
                // the delimiters between name parts, as written; set by JSqlParser's name resolution, not parsing
                "partDelimiters", "resolvedTable");
        assertThat(fields(OrderByElement.class)).containsExactlyInAnyOrder(
                // translated
                "expression", "asc", "ascDescPresent",
                // refused by OrderByTranslator
                "nullOrdering", "mysqlWithRollup", "withFill");
        assertThat(fields(GroupByElement.class)).containsExactlyInAnyOrder(
                // translated
                "groupByExpressions",
                // refused by GroupByTranslator
                "groupingSets", "mysqlWithRollup",
                // GROUP BY x ASC: parsed only with the MySQL dialect feature, which the driver never sets
                "groupBySortDirections");
    }

    @Test
    void everyFieldOfTheExpressionsInsideAConditionIsKnown() {
        assertThat(fields(Column.class)).containsExactlyInAnyOrder(
                // translated
                "table", "columnName",
                // refused by ColumnResolver
                "arrayConstructor", "oldOracleJoinSyntax",
                // a comment, and the delimiter between qualifier and name as written: they change nothing
                "commentText", "tableDelimiter",
                // RETURNING OLD/NEW of a write; set by JSqlParser's name resolution, not parsing
                "returningReferenceType", "returningQualifier", "resolvedTable");
        assertThat(fields(Function.class)).containsExactlyInAnyOrder(
                // translated
                "nameparts", "parameters",
                // ALL, the default quantifier: COUNT(ALL x) is COUNT(x)
                "allColumns",
                // refused by FunctionCalls
                "distinct", "unique", "namedParameters", "keywordArguments", "chainedParameters", "keep",
                "orderByElements", "nullHandling", "ignoreNullsOutside", "limit", "havingClause", "attributeExpression",
                "attributeColumn", "isEscaped", "extraKeyword", "onOverflowTruncate");
        assertThat(fields(Between.class)).containsExactlyInAnyOrder(
                // translated
                "leftExpression", "not", "betweenExpressionStart", "betweenExpressionEnd",
                // refused by Predicates
                "usingSymmetric", "usingAsymmetric", "oraclePriorPosition");
        assertThat(fields(StringValue.class)).containsExactlyInAnyOrder(
                // translated
                "value",
                // refused by LiteralValues unless N'…' and '…'
                "prefix", "quoteStr");
    }

    private static Set<String> fields(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                names.add(field.getName());
            }
        }
        return names;
    }
}
