package com.mkven.multidb.dialect;

import static java.util.Objects.requireNonNull;

/**
 * The differences between dialects that are plain data (sql.md §5.1–§5.2, §4), read by the one rendering path.
 *
 * @param identifierQuote {@code "} or {@code `}; a quote inside an identifier is doubled
 * @param trueLiteral what an always-true predicate renders as ({@code true}, ClickHouse {@code 1})
 * @param falseLiteral what an always-false predicate renders as
 * @param levenshteinFunction the edit-distance function: {@code levenshtein}, {@code editDistance}, …
 * @param notBetween how {@code notBetween} is spelled
 * @param havingSeesSelectAliases whether HAVING may name a SELECT alias; if not, the aggregate expression is repeated
 * @param typedValues whether bound values are converted to the Java type of their parameter ({@link TypedValues}) for
 *         a driver that binds by Java type; {@code false} passes them as resolved (pgjdbc reads strings untyped)
 */
record DialectSyntax(
        char identifierQuote,
        String trueLiteral,
        String falseLiteral,
        String levenshteinFunction,
        NotBetween notBetween,
        boolean havingSeesSelectAliases,
        boolean typedValues) {
    DialectSyntax {
        requireNonNull(trueLiteral, "trueLiteral is null");
        requireNonNull(falseLiteral, "falseLiteral is null");
        requireNonNull(levenshteinFunction, "levenshteinFunction is null");
        requireNonNull(notBetween, "notBetween is null");
    }

    /** The two spellings of a negated range. */
    enum NotBetween {
        /** {@code c NOT BETWEEN a AND b} */
        NOT_BETWEEN,
        /** {@code NOT (c BETWEEN a AND b)} */
        NEGATED_BETWEEN
    }

    String literal(boolean value) {
        return value ? trueLiteral : falseLiteral;
    }
}
