package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.List;

/**
 * Refuses every clause of a {@code SELECT} outside the subset. JSqlParser understands many dialects,
 * so a clause the translator would not look at (TOP, QUALIFY, FOR UPDATE …) must be refused here
 * rather than silently dropped. The list covers every field of {@link PlainSelect} and its
 * superclass; {@code SelectShapeTest} fails when a JSqlParser upgrade adds one.
 */
final class SelectShape {
    private SelectShape() {}

    static void check(PlainSelect select, SourcePosition at) {
        refuse(isPresent(select.getWithItemsList()), "WITH (common table expression)", select.getWithItemsList(), at);
        if (select.getForClause() != null) {
            throw UnsupportedSqlException.unsupported("FOR clause (" + select.getForClause() + ")", at);
        }
        refuse(select.getLimitBy() != null, "LIMIT … BY", select.getLimitBy(), at);
        refuse(isPresent(select.getInterpolate()), "INTERPOLATE", null, at);
        refuse(select.getMySqlProcedureAnalyse() != null, "PROCEDURE ANALYSE", null, at);
        refuse(select.getOption() != null, "OPTION (query hints)", null, at);
        refuse(select.getIsolation() != null, "isolation level (WITH UR/CS/RS/RR)", null, at);
        refuse(select.isOracleSiblings(), "ORDER SIBLINGS BY", null, at);
        if (select.getForMode() != null) {
            throw UnsupportedSqlException.unsupported("FOR " + select.getForMode().getValue(), at);
        }
        refuse(isPresent(select.getForUpdateTables()) || select.getWait() != null || select.isNoWait()
                || select.isSkipLocked() || select.isForUpdateBeforeOrderBy(),
                "locking clause (FOR UPDATE OF, WAIT, NOWAIT, SKIP LOCKED)", null, at);
        refuse(select.getAlias() != null, "alias on a SELECT", null, at);
        refuse(select.getPivot() != null, "PIVOT", select.getPivot(), at);
        refuse(select.getUnPivot() != null, "UNPIVOT", select.getUnPivot(), at);
        refuse(isPresent(select.getIntoTables()) || select.getIntoTempTable() != null
                || select.getMySqlSelectIntoClause() != null, "SELECT INTO", null, at);
        refuse(select.getPreWhere() != null, "PREWHERE", select.getPreWhere(), at);
        refuse(isPresent(select.getSettings()), "SETTINGS", null, at);
        refuse(isPresent(select.getLateralViews()), "LATERAL VIEW", null, at);
        refuse(select.getQualify() != null, "QUALIFY", select.getQualify(), at);
        refuse(select.getOptimizeFor() != null, "OPTIMIZE FOR", null, at);
        refuse(select.getSkip() != null, "SKIP", select.getSkip(), at);
        refuse(select.getFirst() != null, "FIRST", select.getFirst(), at);
        refuse(select.getTop() != null, "TOP", select.getTop(), at);
        refuse(select.getMySqlHintStraightJoin(), "STRAIGHT_JOIN", null, at);
        refuse(select.getOracleHierarchical() != null, "CONNECT BY", select.getOracleHierarchical(), at);
        refuse(select.getPreferringClause() != null, "PREFERRING", null, at);
        refuse(select.getOracleHint() != null, "optimizer hint", null, at);
        refuse(select.getMySqlSqlCalcFoundRows(), "SQL_CALC_FOUND_ROWS", null, at);
        refuse(select.getMySqlSqlCacheFlag() != null, "SQL_CACHE", null, at);
        refuse(select.getForXmlPath() != null, "FOR XML PATH", null, at);
        refuse(select.getKsqlWindow() != null, "WINDOW (KSQL)", null, at);
        if (select.getEmitMode() != null && select.getEmitMode() != PlainSelect.EmitMode.NONE) {
            throw UnsupportedSqlException.unsupported("EMIT " + select.getEmitMode(), at);
        }
        refuse(isPresent(select.getWindowDefinitions()), "WINDOW clause", null, at);
        refuse(select.isUsingFinal(), "FINAL", null, at);
        refuse(select.isUsingOnly(), "ONLY", null, at);
        refuse(select.isUseWithNoLog(), "WITH NO LOG", null, at);
        refuse(select.getBigQuerySelectQualifier() != null, "SELECT AS STRUCT/VALUE", null, at);
        refuse(select.getSampleClause() != null, "TABLESAMPLE", null, at);
        if (select.getDistinct() != null) {
            refuse(isPresent(select.getDistinct().getOnSelectItems()), "DISTINCT ON", null, at);
            refuse(select.getDistinct().isUseUnique(), "SELECT UNIQUE", null, at);
            refuse(select.getDistinct().isUseDistinctRow(), "DISTINCTROW", null, at);
        }
    }

    private static boolean isPresent(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static void refuse(boolean present, String construct, Object node, SourcePosition at) {
        if (present) {
            throw UnsupportedSqlException.unsupported(construct, Positions.of(node, at));
        }
    }
}
