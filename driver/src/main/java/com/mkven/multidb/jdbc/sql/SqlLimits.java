package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.json.JsonLimits;
import com.mkven.multidb.validation.QueryLimits;

/**
 * Limits checked on the raw text before JSqlParser sees it: its parser takes tens of microseconds
 * per token and backtracks on deep nesting, so pathological input must fail before parsing starts.
 */
final class SqlLimits {
    /** The same ceiling as a JSON query document. */
    static final int MAX_SQL_CHARS = JsonLimits.MAX_DOCUMENT_CHARS;
    /** Parentheses and brackets; a hand-written query rarely nests ten deep. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Values in one parenthesized or bracketed list: the engine's own limit for {@code in} lists. */
    static final int MAX_LIST_VALUES = QueryLimits.MAX_LIST_VALUES;
    /**
     * Tokens in the statement: room for a full {@code IN} list and a few hundred conditions, while
     * keeping a parse well under a second.
     */
    static final int MAX_TOKENS = 50_000;

    private SqlLimits() {}
}
