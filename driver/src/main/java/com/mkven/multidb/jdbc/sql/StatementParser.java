package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.DescribeStatement;
import net.sf.jsqlparser.statement.ExplainStatement;
import net.sf.jsqlparser.statement.ShowColumnsStatement;
import net.sf.jsqlparser.statement.ShowStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableStatement;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.show.ShowIndexStatement;
import net.sf.jsqlparser.statement.show.ShowTablesStatement;

/**
 * SQL text to a {@link ParsedQuery}: the token scan first (limits, one statement), then JSqlParser
 * on the caller's thread, then the statement kind. JSqlParser's convenience {@code parse} is not
 * used: it starts a thread per call, and its "complex" retry backtracks exponentially on nested
 * parentheses, which is what the nesting limit exists to prevent.
 */
final class StatementParser {
    private StatementParser() {}

    static ParsedQuery parse(String sql) {
        TokenScan scan = TokenScan.of(sql);
        Statement statement = parseStatement(sql);
        boolean explain = false;
        if (statement instanceof ExplainStatement explainStatement) {
            statement = explained(explainStatement, scan);
            explain = true;
        }
        if (!(statement instanceof Select select)) {
            throw refused(statement, scan);
        }
        return new ParsedQuery(plainSelect(select, scan.start()), explain, scan.markers());
    }

    private static Statement parseStatement(String sql) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false);
        try {
            return parser.Statement();
        } catch (ParseException e) {
            throw syntaxError(e, parser);
        } catch (StackOverflowError e) {
            throw UnsupportedSqlException.unsupported("deeply nested statement",
                    "the statement nests too deeply to be parsed", SourcePosition.START);
        }
    }

    private static UnsupportedSqlException syntaxError(ParseException e, CCJSqlParser parser) {
        Token offending = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : parser.token;
        if (offending == null || offending.kind == 0) {
            return UnsupportedSqlException.syntax("end of statement", "syntax error: the statement ends too early",
                    offending == null ? SourcePosition.START : Positions.of(offending));
        }
        return UnsupportedSqlException.syntax(offending.image, "syntax error at or near '" + offending.image + "'",
                Positions.of(offending));
    }

    private static Statement explained(ExplainStatement explain, TokenScan scan) {
        if (explain.getOptions() != null && !explain.getOptions().isEmpty()) {
            throw UnsupportedSqlException.unsupported("EXPLAIN " + String.join(" ",
                    explain.getOptions().values().stream().map(ExplainStatement.Option::formatOption).toList()),
                    scan.start());
        }
        if (explain.getStatement() == null) {
            throw UnsupportedSqlException.unsupported(scan.leadingWords() + " of a table", scan.start());
        }
        return explain.getStatement();
    }

    private static PlainSelect plainSelect(Select select, SourcePosition start) {
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
            throw UnsupportedSqlException.unsupported("WITH (common table expression)", start);
        }
        if (select instanceof PlainSelect plain) {
            SelectShape.check(plain, Positions.of(plain, start));
            return plain;
        }
        if (select instanceof SetOperationList setOperations) {
            SetOperation operation = setOperations.getOperations().get(0);
            throw UnsupportedSqlException.unsupported(setOperationName(operation), Positions.of(operation, start));
        }
        if (select instanceof ParenthesedSelect) {
            throw UnsupportedSqlException.unsupported("parenthesized SELECT", start);
        }
        if (select instanceof Values) {
            throw UnsupportedSqlException.unsupported("VALUES", start);
        }
        if (select instanceof TableStatement) {
            throw UnsupportedSqlException.unsupported("TABLE statement", start);
        }
        throw UnsupportedSqlException.unsupported("this form of SELECT", start);
    }

    /** UNION, UNION ALL, INTERSECT, EXCEPT, MINUS … as written. */
    private static String setOperationName(SetOperation operation) {
        return operation.toString().trim();
    }

    /** Reads other than SELECT are unsupported; everything else is not a read, so it is refused as a write. */
    private static UnsupportedSqlException refused(Statement statement, TokenScan scan) {
        boolean read = statement instanceof DescribeStatement || statement instanceof ShowStatement
                || statement instanceof ShowColumnsStatement || statement instanceof ShowTablesStatement
                || statement instanceof ShowIndexStatement || statement instanceof ExplainStatement;
        String name = scan.leadingWords();
        if (read) {
            return UnsupportedSqlException.unsupported(name, scan.start());
        }
        return UnsupportedSqlException.write(name, name + " is refused: the connection is read-only", scan.start());
    }
}
