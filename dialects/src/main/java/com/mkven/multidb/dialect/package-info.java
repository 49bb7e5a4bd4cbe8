/**
 * The {@link com.mkven.multidb.spi.SqlDialect} implementations: the IR of {@code core} rendered as SQL text for one
 * engine, with its placeholder values (sql.md §4–§5).
 *
 * <p>There is one rendering path, {@code SqlRenderer}; a dialect contributes data ({@code DialectSyntax}: quoting,
 * literals, function names, typed values) and the few forms that differ in shape (placeholders, list membership,
 * LIKE, arrays, counted subqueries) by overriding small hooks. The dialects are
 * {@link com.mkven.multidb.dialect.PostgresDialect}, {@link com.mkven.multidb.dialect.ClickHouseDialect} and
 * {@link com.mkven.multidb.dialect.TrinoDialect}.
 */
package com.mkven.multidb.dialect;
