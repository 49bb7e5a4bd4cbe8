package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SelectShape} refuses every clause it does not translate by listing JSqlParser's fields; a
 * JSqlParser upgrade that adds a clause must fail here, so that the new clause is refused (or
 * translated) before it can be silently dropped.
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
                "mySqlSqlCalcFoundRows", "mySqlCacheFlag", "forXmlPath", "ksqlWindow", "emitChanges",
                "windowDefinitions", "isUsingFinal", "isUsingOnly", "useWithNoLog", "intoTempTable");
        assertThat(fields(Select.class)).containsExactlyInAnyOrder(
                // translated
                "orderByElements", "limit", "offset", "fetch",
                // refused by SelectShape
                "forUpdateTable", "withItemsList", "limitBy", "isolation", "oracleSiblings", "forClause", "forMode",
                "skipLocked", "wait", "noWait", "alias", "pivot", "unPivot");
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
