package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Pathological input fails fast with a clear error instead of hanging the parser; large legal input works. */
class LimitsTest {
    private static final Duration FAST = Duration.ofSeconds(10);

    @Test
    void textOverOneMebibyteIsRefusedBeforeParsing() {
        String sql = "SELECT id FROM orders WHERE status = '" + "x".repeat(SqlLimits.MAX_SQL_CHARS) + "'";

        UnsupportedSqlException failure = assertTimeoutPreemptively(FAST, () -> Sql.failure(sql));

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
        assertThat(failure).hasMessage("SQL text of " + sql.length() + " characters is over the limit of 1048576 "
                + "(line 1, column 1)");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedBeforeParsing() {
        String sql = "SELECT id FROM orders WHERE " + "(".repeat(65) + "status = 'x'" + ")".repeat(65);

        UnsupportedSqlException failure = assertTimeoutPreemptively(FAST, () -> Sql.failure(sql));

        assertThat(failure).hasMessage("parentheses nest deeper than 64 levels (line 1, column 93)");
    }

    @Test
    void nestingUpToTheLimitIsTranslated() {
        String sql = "SELECT id FROM orders WHERE " + "(".repeat(64) + "status = 'x'" + ")".repeat(64);

        assertThat(assertTimeoutPreemptively(FAST, () -> Sql.definition(sql)).filters())
                .containsExactly(QueryFilter.of("status", FilterOperator.EQ, "x"));
    }

    @Test
    void inListOverTheLimitIsRefusedBeforeParsing() {
        String sql = "SELECT id FROM orders WHERE quantity IN (" + numbers(SqlLimits.MAX_LIST_VALUES + 1) + ")";

        UnsupportedSqlException failure = assertTimeoutPreemptively(FAST, () -> Sql.failure(sql));

        assertThat(failure).hasMessage("a list of more than 10000 values is not supported (line 1, column 41)");
    }

    @Test
    void inListAtTheLimitIsTranslated() {
        String sql = "SELECT id FROM orders WHERE quantity IN (" + numbers(SqlLimits.MAX_LIST_VALUES) + ")";

        QueryFilter filter = (QueryFilter) assertTimeoutPreemptively(FAST, () -> Sql.definition(sql)).filters().get(0);

        assertThat((List<?>) filter.value().orElseThrow()).hasSize(SqlLimits.MAX_LIST_VALUES);
    }

    @Test
    void statementOfTooManyTokensIsRefusedBeforeParsing() {
        String sql = "SELECT id FROM orders WHERE quantity = 1" + " OR quantity = 1".repeat(SqlLimits.MAX_TOKENS / 4);

        UnsupportedSqlException failure = assertTimeoutPreemptively(FAST, () -> Sql.failure(sql));

        assertThat(failure.getMessage()).startsWith("the statement has more than 50000 tokens (line 1, column ");
    }

    @Test
    void thousandsOfOrsBecomeOneGroupWithoutRecursion() {
        String sql = "SELECT id FROM orders WHERE quantity = 0" + " OR quantity = 1".repeat(5_000);

        QueryFilterGroup group = (QueryFilterGroup) assertTimeoutPreemptively(FAST, () -> Sql.definition(sql))
                .filters().get(0);

        assertThat(group.conditions()).hasSize(5_001);
    }

    @Test
    void thousandsOfAndsAfterAnInListKeepTheirPrecedence() {
        String sql = "SELECT id FROM orders WHERE quantity IN (1)" + " AND quantity = 1".repeat(3_000)
                + " OR status = 'x'";

        QueryFilterGroup group = (QueryFilterGroup) assertTimeoutPreemptively(FAST, () -> Sql.definition(sql))
                .filters().get(0);

        assertThat(group.conditions()).hasSize(2);
        assertThat(((QueryFilterGroup) group.conditions().get(0)).conditions()).hasSize(3_001);
    }

    private static String numbers(int count) {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < count; i++) {
            numbers.append(i == 0 ? "" : ",").append(i);
        }
        return numbers.toString();
    }
}
