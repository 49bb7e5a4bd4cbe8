package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.parser.TokenMgrException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over JSqlParser's own tokens before parsing (so strings, comments and quoted names are
 * seen exactly as the parser sees them): enforces {@link SqlLimits}, refuses a second statement,
 * and notes where the {@code ?} markers are and which words open the statement.
 */
final class TokenScan {
    private static final Pattern LEXICAL_POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final List<SourcePosition> markers;
    private final String leadingWords;
    private final SourcePosition start;

    private TokenScan(List<SourcePosition> markers, String leadingWords, SourcePosition start) {
        this.markers = List.copyOf(markers);
        this.leadingWords = leadingWords;
        this.start = start;
    }

    static TokenScan of(String sql) {
        if (sql.length() > SqlLimits.MAX_SQL_CHARS) {
            throw UnsupportedSqlException.unsupported("SQL text over " + SqlLimits.MAX_SQL_CHARS + " characters",
                    "SQL text of " + sql.length() + " characters is over the limit of " + SqlLimits.MAX_SQL_CHARS,
                    SourcePosition.START);
        }
        CCJSqlParserTokenManager tokens = new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(sql), 1, 1));
        Deque<OpenList> open = new ArrayDeque<>();
        List<SourcePosition> markers = new ArrayList<>();
        List<String> firstWords = new ArrayList<>(2);
        SourcePosition start = SourcePosition.START;
        boolean statementEnded = false;
        int count = 0;
        try {
            for (Token token = tokens.getNextToken(); token.kind != CCJSqlParserConstants.EOF; token = tokens.getNextToken()) {
                SourcePosition position = Positions.of(token);
                if (statementEnded) {
                    throw UnsupportedSqlException.write("multiple statements",
                            "multiple statements are refused: the connection is read-only and runs one query at a time",
                            position);
                }
                if (++count > SqlLimits.MAX_TOKENS) {
                    throw UnsupportedSqlException.unsupported("statement of more than " + SqlLimits.MAX_TOKENS + " tokens",
                            "the statement has more than " + SqlLimits.MAX_TOKENS + " tokens", position);
                }
                if (count == 1) {
                    start = position;
                }
                if (firstWords.size() < 2) {
                    firstWords.add(token.image.toUpperCase(Locale.ROOT));
                }
                switch (token.image) {
                    case "(", "[" -> {
                        open.push(new OpenList(position));
                        if (open.size() > SqlLimits.MAX_NESTING_DEPTH) {
                            throw UnsupportedSqlException.unsupported(
                                    "nesting deeper than " + SqlLimits.MAX_NESTING_DEPTH,
                                    "parentheses nest deeper than " + SqlLimits.MAX_NESTING_DEPTH + " levels", position);
                        }
                    }
                    case ")", "]" -> open.poll();
                    case "," -> {
                        OpenList list = open.peek();
                        if (list != null && ++list.commas >= SqlLimits.MAX_LIST_VALUES) {
                            throw UnsupportedSqlException.unsupported(
                                    "list of more than " + SqlLimits.MAX_LIST_VALUES + " values",
                                    "a list of more than " + SqlLimits.MAX_LIST_VALUES + " values is not supported",
                                    list.position);
                        }
                    }
                    case "?" -> markers.add(position);
                    case ";" -> statementEnded = open.isEmpty();
                    default -> {
                        // every other token only counts
                    }
                }
            }
        } catch (TokenMgrException e) {
            throw lexicalError(e);
        }
        if (count == 0) {
            throw UnsupportedSqlException.syntax("empty statement", "the statement is empty", SourcePosition.START);
        }
        return new TokenScan(markers, statementName(firstWords), start);
    }

    /** Where the {@code ?} tokens are, in text order: the n-th is parameter n. */
    List<SourcePosition> markers() {
        return markers;
    }

    /** The words that name a statement: {@code INSERT}, or two for {@code CREATE TABLE} and the like. */
    String leadingWords() {
        return leadingWords;
    }

    SourcePosition start() {
        return start;
    }

    private static String statementName(List<String> firstWords) {
        String first = firstWords.get(0);
        boolean twoWords = firstWords.size() > 1
                && (first.equals("CREATE") || first.equals("ALTER") || first.equals("DROP") || first.equals("TRUNCATE"));
        return twoWords ? first + " " + firstWords.get(1) : first;
    }

    private static UnsupportedSqlException lexicalError(TokenMgrException e) {
        String message = String.valueOf(e.getMessage());
        Matcher position = LEXICAL_POSITION.matcher(message);
        SourcePosition at = position.find()
                ? new SourcePosition(Math.max(1, Integer.parseInt(position.group(1))),
                        Math.max(1, Integer.parseInt(position.group(2))))
                : SourcePosition.START;
        return UnsupportedSqlException.syntax("invalid token",
                "syntax error: a string or quoted name is not closed, or a character is not allowed here", at);
    }

    private static final class OpenList {
        private final SourcePosition position;
        private int commas;

        private OpenList(SourcePosition position) {
            this.position = position;
        }
    }
}
