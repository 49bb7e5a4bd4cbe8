package com.mkven.multidb.server.cli;

import com.mkven.multidb.server.cli.ResultTable.Column;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultTableTest {
    @Test
    void alignsColumnsUnderAHeaderWithNumbersToTheRight() {
        ResultTable table = new ResultTable(List.of(new Column("status", false), new Column("total", true)),
                List.of(List.of("active", "1200.00"), List.of("shipped", "5.00"), List.of("pending", ResultTable.NULL)));

        assertThat(table.render()).isEqualTo("""
                 status  | total
                ---------+---------
                 active  | 1200.00
                 shipped |    5.00
                 pending |    NULL
                (3 rows)
                """);
    }

    @Test
    void countsOneRowInTheSingular() {
        ResultTable table = new ResultTable(List.of(new Column("count", true)), List.of(List.of("7")));

        assertThat(table.render()).endsWith("(1 row)\n");
    }

    @Test
    void anEmptyResultKeepsItsHeader() {
        ResultTable table = new ResultTable(List.of(new Column("id", false), new Column("name", false)), List.of());

        assertThat(table.render()).isEqualTo("""
                 id | name
                ----+------
                (0 rows)
                """);
    }

    @Test
    void longOrMultiLineValuesAreShownOneFieldPerLine() {
        String sql = "SELECT " + "t0.\"id\", ".repeat(10) + "1 FROM \"public\".\"orders\" t0";
        ResultTable table = new ResultTable(List.of(new Column("sql", false), new Column("strategy", false), new Column("note", false)),
                List.of(List.of(sql, "direct", "first\nsecond")));

        assertThat(table.render()).isEqualTo("""
                -[ row 1 ]---
                sql      | %s
                strategy | direct
                note     | first
                         | second
                (1 row)
                """.formatted(sql));
    }

    @Test
    void valuesOfAColumnAreFoundByLabel() {
        ResultTable table = new ResultTable(List.of(new Column("strategy", false)), List.of(List.of("direct"), List.of("cache")));

        assertThat(table.values("strategy")).containsExactly("direct", "cache");
        assertThat(table.values("dialect")).isEmpty();
    }

    @Test
    void aRowMustHaveOneValuePerColumn() {
        assertThatThrownBy(() -> new ResultTable(List.of(new Column("id", false)), List.of(List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row has 2 values for 1 columns");
    }
}
