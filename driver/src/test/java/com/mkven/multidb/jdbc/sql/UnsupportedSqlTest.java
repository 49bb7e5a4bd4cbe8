package com.mkven.multidb.jdbc.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static com.mkven.multidb.jdbc.sql.UnsupportedSqlException.Kind.SYNTAX;
import static com.mkven.multidb.jdbc.sql.UnsupportedSqlException.Kind.UNSUPPORTED;
import static com.mkven.multidb.jdbc.sql.UnsupportedSqlException.Kind.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every construct outside the subset, with the error a user sees: its kind (hence the SQLState), the
 * message naming the construct, and where it is.
 */
class UnsupportedSqlTest {
    static Stream<Arguments> refused() {
        return Stream.of(
                row("SELECT id FROM orders UNION SELECT id FROM users", UNSUPPORTED,
                        "UNION is not supported (line 1, column 23)"),
                row("SELECT id FROM orders UNION ALL SELECT id FROM users", UNSUPPORTED,
                        "UNION ALL is not supported (line 1, column 23)"),
                row("SELECT id FROM orders INTERSECT SELECT id FROM users", UNSUPPORTED,
                        "INTERSECT is not supported (line 1, column 23)"),
                row("SELECT id FROM orders EXCEPT SELECT id FROM users", UNSUPPORTED,
                        "EXCEPT is not supported (line 1, column 23)"),
                row("WITH x AS (SELECT id FROM orders) SELECT * FROM x", UNSUPPORTED,
                        "WITH (common table expression) is not supported (line 1, column 1)"),
                row("SELECT * FROM (SELECT id FROM orders) s", UNSUPPORTED,
                        "subquery in FROM is not supported (line 1, column 15)"),
                row("SELECT * FROM orders, users", UNSUPPORTED,
                        "comma-separated FROM list is not supported: use JOIN (inner) or LEFT JOIN with a "
                        + "related table (line 1, column 21)"),
                row("SELECT * FROM orders CROSS JOIN users", UNSUPPORTED,
                        "CROSS JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line "
                        + "1, column 22)"),
                row("SELECT * FROM orders RIGHT JOIN users ON users.id = orders.customerId", UNSUPPORTED,
                        "RIGHT JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line "
                        + "1, column 22)"),
                row("SELECT * FROM orders FULL JOIN users ON users.id = orders.customerId", UNSUPPORTED,
                        "FULL JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line 1, "
                        + "column 22)"),
                row("SELECT * FROM orders NATURAL JOIN users", UNSUPPORTED,
                        "NATURAL JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line "
                        + "1, column 22)"),
                row("SELECT * FROM orders JOIN users USING (id)", UNSUPPORTED,
                        "JOIN … USING is not supported: the relation decides the join, so leave out ON or "
                        + "restate it with ON (line 1, column 22)"),
                row("SELECT row_number() OVER (ORDER BY id) FROM orders", UNSUPPORTED,
                        "window function row_number() OVER in the select list is not supported: select columns, "
                        + "*, or COUNT/SUM/AVG/MIN/MAX of a column (line 1, column 8)"),
                row("SELECT total + 1 FROM orders", UNSUPPORTED,
                        "operator + (total + 1) in the select list is not supported: select columns, *, or "
                        + "COUNT/SUM/AVG/MIN/MAX of a column (line 1, column 8)"),
                row("SELECT upper(status) FROM orders", UNSUPPORTED,
                        "function upper() in the select list is not supported: select columns, *, or "
                        + "COUNT/SUM/AVG/MIN/MAX of a column (line 1, column 8)"),
                row("SELECT CASE WHEN total > 1 THEN 1 ELSE 0 END FROM orders", UNSUPPORTED,
                        "CASE in the select list is not supported: select columns, *, or COUNT/SUM/AVG/MIN/MAX "
                        + "of a column (line 1, column 8)"),
                row("SELECT 1 FROM orders", UNSUPPORTED,
                        "literal 1 in the select list is not supported: select columns, *, or "
                        + "COUNT/SUM/AVG/MIN/MAX of a column (line 1, column 8)"),
                row("SELECT status AS s FROM orders", UNSUPPORTED,
                        "an alias on status is not supported: columns keep their API names as result keys "
                        + "(aliases name aggregates only) (line 1, column 8)"),
                row("SELECT *, id FROM orders", UNSUPPORTED,
                        "* must be the only select item; use t.* to select all columns of one table (line 1, "
                        + "column 8)"),
                row("SELECT COUNT(DISTINCT status) FROM orders", UNSUPPORTED,
                        "COUNT(DISTINCT …) is not supported (line 1, column 8)"),
                row("SELECT SUM(total * 2) FROM orders", UNSUPPORTED,
                        "SUM(total * 2) is not supported: aggregate a column (line 1, column 8)"),
                row("SELECT COUNT(1) FROM orders", UNSUPPORTED,
                        "COUNT(1) is not supported: aggregate a column, or use COUNT(*) (line 1, column 8)"),
                row("SELECT * FROM orders WHERE total = CAST('1' AS decimal)", UNSUPPORTED,
                        "type cast CAST('1' AS decimal) is not supported in a comparison: compare a column with "
                        + "a literal, a ? marker or another column (line 1, column 36)"),
                row("SELECT * FROM orders WHERE total = '1'::decimal", UNSUPPORTED,
                        "type cast '1'::decimal is not supported in a comparison: compare a column with a "
                        + "literal, a ? marker or another column (line 1, column 36)"),
                row("SELECT * FROM orders WHERE total + 1 > 2", UNSUPPORTED,
                        "operator + (total + 1) is not supported in a comparison: compare a column with a "
                        + "literal, a ? marker or another column (line 1, column 28)"),
                row("SELECT * FROM orders WHERE status = 'a' || 'b'", UNSUPPORTED,
                        "string concatenation || is not supported in a comparison: compare a column with a "
                        + "literal, a ? marker or another column (line 1, column 37)"),
                row("SELECT * FROM orders WHERE lower(status) = 'x'", UNSUPPORTED,
                        "function lower() is not supported in a comparison; only levenshtein() and cardinality() "
                        + "are compared with a value (line 1, column 28)"),
                row("SELECT * FROM orders WHERE foo(status)", UNSUPPORTED,
                        "function foo() is not supported; the filter functions are contains, icontains, "
                        + "starts_with, istarts_with, ends_with, iends_with, array_contains, array_contains_all, "
                        + "array_contains_any, levenshtein and cardinality (line 1, column 28)"),
                row("SELECT * FROM orders WHERE status IN (SELECT status FROM invoices)", UNSUPPORTED,
                        "IN (SELECT …) is not supported: use EXISTS on a related table (line 1, column 38)"),
                row("SELECT * FROM orders WHERE status LIKE 'a!%' ESCAPE '!'", UNSUPPORTED,
                        "LIKE … ESCAPE is not supported: the engine escapes with a backslash (line 1, column 28)"),
                row("SELECT * FROM orders WHERE status SIMILAR TO 'a%'", UNSUPPORTED,
                        "SIMILAR TO is not supported (line 1, column 28)"),
                row("SELECT * FROM orders WHERE isPaid IS TRUE", UNSUPPORTED,
                        "expression isPaid IS TRUE is not supported as a condition (line 1, column 28)"),
                row("SELECT * FROM orders WHERE status = ANY(ARRAY['a'])", UNSUPPORTED,
                        "function any() is not supported in a comparison: compare a column with a literal, a ? "
                        + "marker or another column (line 1, column 37)"),
                row("SELECT * FROM orders WHERE status = NULL", UNSUPPORTED,
                        "NULL is not a value to compare with: test it with IS NULL or IS NOT NULL (line 1, "
                        + "column 37)"),
                row("SELECT * FROM orders WHERE isPaid", UNSUPPORTED,
                        "column isPaid alone is not a condition: compare it, e.g. isPaid = TRUE (line 1, column 28)"),
                row("SELECT * FROM orders WHERE levenshtein(status, 'x') < 2", UNSUPPORTED,
                        "levenshtein() can only be compared with <= (at most that many edits), e.g. "
                        + "levenshtein(name, 'x') <= 2 (line 1, column 28)"),
                row("SELECT * FROM orders WHERE levenshtein(status, 'x')", SYNTAX,
                        "levenshtein() is a number, not a condition: compare it, e.g. levenshtein(name, 'x') <= "
                        + "2 (line 1, column 28)"),
                row("SELECT * FROM orders WHERE cardinality(priorities) = 2", UNSUPPORTED,
                        "cardinality() can only be compared with the literal 0: cardinality(col) = 0 (empty) or "
                        + "cardinality(col) > 0 (not empty) (line 1, column 28)"),
                row("SELECT * FROM orders WHERE COUNT(*) > 1", UNSUPPORTED,
                        "aggregate count() cannot filter rows: compare aggregates in HAVING (line 1, column 28)"),
                row("SELECT * FROM orders WHERE contains(status)", SYNTAX,
                        "contains() takes 2 arguments: a column and a text (line 1, column 28)"),
                row("SELECT * FROM orders WHERE contains(upper(status), 'x')", UNSUPPORTED,
                        "the first argument of contains() must be a column, not function upper() (line 1, column "
                        + "37)"),
                row("SELECT * FROM orders WHERE status = E'a\\nb'", UNSUPPORTED,
                        "E'…' string literal is not supported (line 1, column 37)"),
                row("SELECT * FROM orders WHERE status = X'ab'", UNSUPPORTED,
                        "hex literal X'ab' is not supported in a comparison: compare a column with a literal, a "
                        + "? marker or another column (line 1, column 37)"),
                row("SELECT * FROM orders WHERE createdAt > CURRENT_DATE", UNSUPPORTED,
                        "CURRENT_DATE is not supported in a comparison: compare a column with a literal, a ? "
                        + "marker or another column (line 1, column 40)"),
                row("SELECT * FROM orders WHERE createdAt > INTERVAL '1 day'", UNSUPPORTED,
                        "INTERVAL is not supported in a comparison: compare a column with a literal, a ? marker "
                        + "or another column (line 1, column 40)"),
                row("SELECT * FROM orders WHERE (status, quantity) = ('a', 1)", UNSUPPORTED,
                        "row value (status, quantity) is not supported in a comparison: compare a column with a "
                        + "literal, a ? marker or another column (line 1, column 28)"),
                row("SELECT * FROM orders WHERE priorities[1] = 2", UNSUPPORTED,
                        "array subscript priorities[1] is not supported (line 1, column 28)"),
                row("SELECT * FROM orders WHERE status = 'a' XOR quantity = 1", UNSUPPORTED,
                        "XOR is not supported as a condition (line 1, column 28)"),
                row("SELECT * FROM orders WHERE quantity = TIME '10:00'", UNSUPPORTED,
                        "TIME literal is not supported in a comparison: compare a column with a literal, a ? "
                        + "marker or another column (line 1, column 39)"),
                row("SELECT * FROM orders FOR UPDATE", UNSUPPORTED,
                        "FOR UPDATE is not supported (line 1, column 1)"),
                row("SELECT TOP 5 * FROM orders", UNSUPPORTED,
                        "TOP is not supported (line 1, column 8)"),
                row("SELECT * FROM orders LIMIT ALL", UNSUPPORTED,
                        "LIMIT ALL is not supported (line 1, column 22)"),
                row("SELECT * FROM orders LIMIT 5, 10", UNSUPPORTED,
                        "LIMIT m, n is not supported: write LIMIT n OFFSET m (line 1, column 22)"),
                row("SELECT * FROM orders ORDER BY status NULLS FIRST", UNSUPPORTED,
                        "NULLS FIRST/LAST is not supported (line 1, column 31)"),
                row("SELECT * FROM orders ORDER BY upper(status)", UNSUPPORTED,
                        "function upper() in ORDER BY is not supported: order by columns, aliases or select-list "
                        + "positions (line 1, column 31)"),
                row("SELECT status FROM orders GROUP BY ROLLUP(status)", UNSUPPORTED,
                        "function rollup() in GROUP BY is not supported: group by columns (line 1, column 36)"),
                row("SELECT status FROM orders GROUP BY GROUPING SETS ((status))", UNSUPPORTED,
                        "GROUPING SETS is not supported (line 1, column 1)"),
                row("SELECT status FROM orders GROUP BY 1", UNSUPPORTED,
                        "GROUP BY 1 is not supported: name the column (line 1, column 36)"),
                row("SELECT DISTINCT ON (status) status FROM orders", UNSUPPORTED,
                        "DISTINCT ON is not supported (line 1, column 1)"),
                row("SELECT * INTO backup FROM orders", UNSUPPORTED,
                        "SELECT INTO is not supported (line 1, column 1)"),
                row("SELECT * FROM orders LIMIT 1 FETCH FIRST 1 ROWS ONLY", UNSUPPORTED,
                        "LIMIT together with FETCH is not supported (line 1, column 1)"),
                row("SELECT * FROM orders FETCH FIRST 1 ROWS WITH TIES", UNSUPPORTED,
                        "FETCH is supported as FETCH FIRST n ROWS ONLY (line 1, column 34)"),
                row("SELECT 1", UNSUPPORTED,
                        "SELECT without FROM is not supported (line 1, column 1)"),
                row("SELECT * FROM public.orders", UNSUPPORTED,
                        "table public.orders is qualified with a schema: tables are named by their API names "
                        + "alone (line 1, column 15)"),
                row("SELECT * FROM orders@remote", UNSUPPORTED,
                        "database link orders@remote is not supported (line 1, column 15)"),
                row("SELECT `status` FROM orders", UNSUPPORTED,
                        "identifier `status` is not supported: quote names with double quotes (line 1, column 8)"),
                row("(SELECT * FROM orders)", UNSUPPORTED,
                        "parenthesized SELECT is not supported (line 1, column 1)"),
                row("VALUES (1)", UNSUPPORTED,
                        "VALUES is not supported (line 1, column 1)"),
                row("EXPLAIN ANALYZE SELECT * FROM orders", UNSUPPORTED,
                        "EXPLAIN ANALYZE is not supported (line 1, column 1)"),
                row("INSERT INTO orders (id) VALUES ('x')", WRITE,
                        "INSERT is refused: the connection is read-only (line 1, column 1)"),
                row("UPDATE orders SET status = 'x'", WRITE,
                        "UPDATE is refused: the connection is read-only (line 1, column 1)"),
                row("DELETE FROM orders", WRITE,
                        "DELETE is refused: the connection is read-only (line 1, column 1)"),
                row("CREATE TABLE x (a int)", WRITE,
                        "CREATE TABLE is refused: the connection is read-only (line 1, column 1)"),
                row("DROP TABLE orders", WRITE,
                        "DROP TABLE is refused: the connection is read-only (line 1, column 1)"),
                row("ALTER TABLE orders ADD COLUMN x int", WRITE,
                        "ALTER TABLE is refused: the connection is read-only (line 1, column 1)"),
                row("TRUNCATE TABLE orders", WRITE,
                        "TRUNCATE TABLE is refused: the connection is read-only (line 1, column 1)"),
                row("MERGE INTO orders USING users ON (orders.id = users.id) WHEN MATCHED THEN UPDATE SET status = 'x'",
                        WRITE,
                        "MERGE is refused: the connection is read-only (line 1, column 1)"),
                row("GRANT SELECT ON orders TO someone", WRITE,
                        "GRANT is refused: the connection is read-only (line 1, column 1)"),
                row("SET search_path = x", WRITE,
                        "SET is refused: the connection is read-only (line 1, column 1)"),
                row("COMMIT", WRITE,
                        "COMMIT is refused: the connection is read-only (line 1, column 1)"),
                row("SHOW TABLES", UNSUPPORTED,
                        "SHOW is not supported (line 1, column 1)"),
                row("DESCRIBE orders", UNSUPPORTED,
                        "DESCRIBE is not supported (line 1, column 1)"),
                row("SELECT * FROM orders; SELECT * FROM users", WRITE,
                        "multiple statements are refused: the connection is read-only and runs one query at a "
                        + "time (line 1, column 23)"),
                row("SELECT * FROM orders; DROP TABLE orders", WRITE,
                        "multiple statements are refused: the connection is read-only and runs one query at a "
                        + "time (line 1, column 23)"),
                row("   ", SYNTAX,
                        "the statement is empty (line 1, column 1)"),
                row("-- only a comment", SYNTAX,
                        "the statement is empty (line 1, column 1)"),
                row("SELECT o.id FROM orders o JOIN products p ON o.productId = p.id ON p.id = o.productId",
                        UNSUPPORTED,
                        "several ON clauses on one JOIN is not supported (line 1, column 27)"),
                row("SELECT * FROM orders o JOIN products p ON o.productId > p.id", UNSUPPORTED,
                        "the ON condition of a join can only be the relation's key equality, e.g. ON o.productId "
                        + "= p.id; put other conditions in WHERE (line 1, column 43)"),
                row("SELECT * FROM orders WHERE quantity = ?2", UNSUPPORTED,
                        "numbered parameter ?2 is not supported: use plain ? markers (line 1, column 39)"),
                row("SELECT * FROM orders WHERE quantity = $1", UNSUPPORTED,
                        "numbered parameter $1 is not supported: use plain ? markers (line 1, column 39)"),
                row("SELECT * FROM orders WHERE quantity = -?", UNSUPPORTED,
                        "expression -? is not supported in a comparison: compare a column with a literal, a ? "
                        + "marker or another column (line 1, column 39)"),
                row("SELECT * FROM orders WHERE 1 = 1", UNSUPPORTED,
                        "1 = 1 compares two values: one side must be a column (line 1, column 28)"),
                row("SELECT * FROM orders TABLESAMPLE SYSTEM (10)", UNSUPPORTED,
                        "TABLESAMPLE is not supported (line 1, column 15)"),
                row("SELECT id FROM orders INTO OUTFILE '/tmp/x'", UNSUPPORTED,
                        "SELECT INTO is not supported (line 1, column 1)"),
                row("SELECT id FROM orders PREWHERE status = 'a'", UNSUPPORTED,
                        "PREWHERE is not supported (line 1, column 32)"),
                row("SELECT id FROM orders WHERE EXISTS (SELECT 1 FROM invoices PREWHERE amount = 1)", UNSUPPORTED,
                        "PREWHERE is not supported (line 1, column 69)"),
                row("SELECT id FROM orders SETTINGS max_threads = 1", UNSUPPORTED,
                        "SETTINGS is not supported (line 1, column 1)"),
                row("SELECT id FROM orders o EMIT FINAL", UNSUPPORTED,
                        "EMIT FINAL is not supported (line 1, column 1)"),
                row("SELECT id FROM orders PROCEDURE ANALYSE()", UNSUPPORTED,
                        "PROCEDURE ANALYSE is not supported (line 1, column 1)"),
                row("SELECT id FROM orders OPTION (MAXDOP 1)", UNSUPPORTED,
                        "OPTION (query hints) is not supported (line 1, column 1)"),
                row("SELECT id FROM orders ORDER BY id WITH FILL", UNSUPPORTED,
                        "WITH FILL is not supported (line 1, column 32)"),
                row("SELECT id FROM orders ORDER BY id INTERPOLATE (id)", UNSUPPORTED,
                        "INTERPOLATE is not supported (line 1, column 1)"),
                row("SELECT DISTINCTROW status FROM orders", UNSUPPORTED,
                        "DISTINCTROW is not supported (line 1, column 1)"),
                row("SELECT orders.id FROM orders ASOF JOIN users ON users.id = orders.customerId", UNSUPPORTED,
                        "ASOF JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line 1, "
                        + "column 30)"),
                row("SELECT o.id FROM orders o LEFT ANY JOIN users u ON u.id = o.customerId", UNSUPPORTED,
                        "ANY JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line 1, "
                        + "column 27)"),
                row("SELECT orders.id FROM orders ALL JOIN users ON users.id = orders.customerId", UNSUPPORTED,
                        "ALL JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line 1, "
                        + "column 30)"),
                row("SELECT id FROM orders o LEFT ARRAY JOIN priorities", UNSUPPORTED,
                        "ARRAY JOIN is not supported: use JOIN (inner) or LEFT JOIN with a related table (line 1, "
                        + "column 25)"),
                row("SELECT orders.id FROM orders JOIN FETCH users", UNSUPPORTED,
                        "JOIN FETCH is not supported: use JOIN (inner) or LEFT JOIN with a related table (line 1, "
                        + "column 30)"),
                row("SELECT id FROM @orders", UNSUPPORTED,
                        "table variable @orders is not supported (line 1, column 16)"),
                row("SELECT id FROM orders AT(TIMESTAMP => '2024-01-01')", UNSUPPORTED,
                        "time travel AT (TIMESTAMP => '2024-01-01') is not supported (line 1, column 16)"),
                row("SELECT id FROM orders o FOR SYSTEM_TIME AS OF '2024-01-01'", UNSUPPORTED,
                        "time travel FOR SYSTEM_TIME AS OF '2024-01-01' is not supported (line 1, column 16)"),
                row("SELECT id FROM orders VERSION AS OF 1", UNSUPPORTED,
                        "time travel VERSION AS OF 1 is not supported (line 1, column 16)"),
                row("SELECT id FROM orders WHERE quantity BETWEEN SYMMETRIC 5 AND 1", UNSUPPORTED,
                        "BETWEEN SYMMETRIC is not supported (line 1, column 29)"),
                row("SELECT id FROM orders WHERE quantity BETWEEN ASYMMETRIC 1 AND 5", UNSUPPORTED,
                        "BETWEEN ASYMMETRIC is not supported (line 1, column 29)"),
                row("SELECT id FROM orders WHERE status = $$it''s$$", UNSUPPORTED,
                        "$$…$$ string literal is not supported (line 1, column 38)"),
                row("SELECT id FROM orders WHERE contains(status, 'x')(1)", UNSUPPORTED,
                        "modifiers in contains(status, 'x')(1) is not supported (line 1, column 29)"),
                row("SELECT id FROM orders WHERE contains(status, 'x' mode 'y')", UNSUPPORTED,
                        "modifiers in contains(status, 'x' mode 'y') is not supported (line 1, column 29)"),
                row("SELECT id FROM orders WHERE (SELECT COUNT(*)(1) FROM invoices) > 1", UNSUPPORTED,
                        "a subquery in a comparison must be (SELECT COUNT(*) FROM related WHERE …) (line 1, column "
                        + "29)"),
                row("SELECT id FROM orders WHERE customerId(+) = 1", UNSUPPORTED,
                        "(+) outer join is not supported (line 1, column 29)"),
                row("SELECT id FROM orders WHERE PRIOR status IN ('a')", UNSUPPORTED,
                        "PRIOR is not supported (line 1, column 29)"),
                row("SELECT id FROM orders WHERE PRIOR status = 'a'", UNSUPPORTED,
                        "PRIOR is not supported (line 1, column 29)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void isRefusedNamingTheConstructAndItsPosition(String sql, UnsupportedSqlException.Kind kind, String message) {
        UnsupportedSqlException failure = Sql.failure(sql);

        assertThat(failure).as(sql).isNotNull();
        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure).hasMessage(message);
        assertThat(failure.construct()).isNotBlank();
        assertThat(message).endsWith("(" + failure.position() + ")");
    }

    @Test
    void kindsCarryTheirSqlStates() {
        assertThat(SYNTAX.sqlState()).isEqualTo("42000");
        assertThat(UNSUPPORTED.sqlState()).isEqualTo("42000");
        assertThat(WRITE.sqlState()).isEqualTo("25006");
        assertThat(UnsupportedSqlException.Kind.INVALID_PARAMETER.sqlState()).isEqualTo("22023");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SELEC * FROM orders", "SELECT * FROM", "SELECT * FROM orders WHERE",
            "SELECT * FROM orders WHERE status = 'a' AND", "SELECT status FROM orders WHERE status = = 1",
            "SELECT a b c FROM orders"})
    void malformedTextIsASyntaxError(String sql) {
        UnsupportedSqlException failure = Sql.failure(sql);

        assertThat(failure.kind()).isEqualTo(SYNTAX);
        assertThat(failure.getMessage()).matches("syntax error.* \\(line 1, column \\d+\\)");
    }

    @Test
    void syntaxErrorNamesTheTokenWhereItIs() {
        assertThat(Sql.failure("SELEC * FROM orders")).hasMessage("syntax error at or near 'SELEC' (line 1, column 1)");
        assertThat(Sql.failure("SELECT id\nFROM orders\nWHERE status = 'open")).hasMessage("syntax error: a string or "
                + "quoted name is not closed, or a character is not allowed here (line 3, column 21)");
    }

    private static Arguments row(String sql, UnsupportedSqlException.Kind kind, String message) {
        return arguments(sql, kind, message);
    }
}
