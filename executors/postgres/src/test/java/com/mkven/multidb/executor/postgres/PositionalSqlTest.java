package com.mkven.multidb.executor.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PositionalSqlTest {
    @Test
    void numberedPlaceholdersBecomeQuestionMarksInOrder() {
        PositionalSql sql = PositionalSql.rewrite("SELECT t0.\"id\" FROM \"orders\" t0 WHERE t0.\"status\" = $1 AND t0.\"id\" = ANY($2::uuid[]) LIMIT 10");

        assertThat(sql.sql()).isEqualTo("SELECT t0.\"id\" FROM \"orders\" t0 WHERE t0.\"status\" = ? AND t0.\"id\" = ANY(?::uuid[]) LIMIT 10");
        assertThat(order(sql)).containsExactly(0, 1);
    }

    @Test
    void aRepeatedOrReorderedPlaceholderBindsTheValueItNames() {
        PositionalSql sql = PositionalSql.rewrite("SELECT $2 + $1, $2");

        assertThat(sql.sql()).isEqualTo("SELECT ? + ?, ?");
        assertThat(order(sql)).containsExactly(1, 0, 1);
    }

    @Test
    void multiDigitPlaceholders() {
        PositionalSql sql = PositionalSql.rewrite("$12,$3");

        assertThat(sql.sql()).isEqualTo("?,?");
        assertThat(order(sql)).containsExactly(11, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT '$1'",
            "SELECT 'it''s $1'",
            "SELECT E'\\' $1'",
            "SELECT e'a\\\\' || 'b'",
            "SELECT \"col$1\" FROM t",
            "SELECT \"a\"\"$1\" FROM t",
            "SELECT $$ $1 ' \" $$",
            "SELECT $body$ $1 $$ $body$",
            "SELECT 1 -- $1 ?\n",
            "SELECT /* $1 /* nested $2 */ still $3 */ 1",
            "SELECT a$1 FROM t",
            "SELECT 1 -- comment without newline $1",
            "SELECT 'unterminated $1",
    })
    void placeholdersInsideStringsIdentifiersAndCommentsStayText(String text) {
        PositionalSql sql = PositionalSql.rewrite(text);

        assertThat(sql.sql()).isEqualTo(text);
        assertThat(sql.parameterCount()).isZero();
    }

    @Test
    void aBackslashInAStandardStringDoesNotEscapeTheQuote() {
        PositionalSql sql = PositionalSql.rewrite("SELECT 'a\\' , $1");

        assertThat(sql.sql()).isEqualTo("SELECT 'a\\' , ?");
    }

    @Test
    void anEscapeStringEndsAtItsRealClosingQuote() {
        PositionalSql sql = PositionalSql.rewrite("SELECT E'x\\'y', $1, 'e''' || $2");

        assertThat(sql.sql()).isEqualTo("SELECT E'x\\'y', ?, 'e''' || ?");
        assertThat(order(sql)).containsExactly(0, 1);
    }

    @Test
    void codeAfterADollarQuotedStringIsScannedAgain() {
        PositionalSql sql = PositionalSql.rewrite("SELECT $q$ $1 $q$, $1");

        assertThat(sql.sql()).isEqualTo("SELECT $q$ $1 $q$, ?");
    }

    @Test
    void aQuestionMarkOperatorIsEscapedForPgjdbc() {
        PositionalSql sql = PositionalSql.rewrite("SELECT $1::jsonb ? 'a', '?' , \"?\"");

        assertThat(sql.sql()).isEqualTo("SELECT ?::jsonb ?? 'a', '?' , \"?\"");
        assertThat(sql.parameterCount()).isEqualTo(1);
    }

    @Test
    void aLoneDollarIsKept() {
        assertThat(PositionalSql.rewrite("SELECT $ + 1").sql()).isEqualTo("SELECT $ + 1");
    }

    @Test
    void placeholderZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PositionalSql.rewrite("SELECT $0"))
                .withMessage("placeholder $0 does not exist: placeholders start at $1");
    }

    @Test
    void aPlaceholderNumberBeyondIntIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PositionalSql.rewrite("SELECT $99999999999"))
                .withMessage("placeholder $99999999999 is out of range");
    }

    @Test
    void moreParametersThanPlaceholdersIsRefused() {
        PositionalSql sql = PositionalSql.rewrite("SELECT $1");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> sql.checkParameterCount(2))
                .withMessage("parameter $2 is never used in the SQL (2 parameter(s) given)");
    }

    @Test
    void aPlaceholderWithoutAValueIsRefused() {
        PositionalSql sql = PositionalSql.rewrite("SELECT $1, $3");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> sql.checkParameterCount(2))
                .withMessage("SQL uses $3 but 2 parameter(s) were given");
    }

    @Test
    void exactlyMatchingParametersPass() {
        PositionalSql.rewrite("SELECT $2, $1, $1").checkParameterCount(2);
        PositionalSql.rewrite("SELECT 1").checkParameterCount(0);
    }

    private static List<Integer> order(PositionalSql sql) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sql.parameterCount(); i++) {
            order.add(sql.parameterIndex(i));
        }
        return order;
    }
}
