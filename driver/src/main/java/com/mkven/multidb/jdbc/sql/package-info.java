/**
 * The SQL subset of the JDBC driver (jdbc.md "SQL subset"): {@link com.mkven.multidb.jdbc.sql.SqlTranslator}
 * turns a statement into a {@link com.mkven.multidb.query.QueryDefinition}, or refuses it with an
 * {@link com.mkven.multidb.jdbc.sql.UnsupportedSqlException} naming the construct and its position.
 *
 * <p>Start at {@code SqlTranslator}; {@code StatementParser} (token scan, JSqlParser, statement kind)
 * and {@code SelectTranslator} (one class per clause below it) do the work. Depends on core's query
 * and metadata types and on JSqlParser only, never on the {@code java.sql} layer, which maps
 * {@code UnsupportedSqlException.Kind} to SQLStates.
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 * <li>Names: quoted identifiers match API names exactly, unquoted ones ignoring case when one name
 *     matches; two matches are an error listing both. Unknown names go to the engine as written, so
 *     validation reports them with every other problem. Aliases (tables, aggregates) follow the same
 *     rule. Unqualified columns resolve as in SQL: to the one FROM/JOIN table that has the column,
 *     ambiguous when several do.</li>
 * <li>An aggregate without {@code AS} is named {@code count} for {@code COUNT(*)}, else
 *     {@code <fn>_<column>} ({@code sum_total}), with the table between for a joined table
 *     ({@code max_products_price}). Aliases keep their case as written.</li>
 * <li>{@code JOIN} and {@code INNER JOIN} are {@code inner}, {@code LEFT [OUTER] JOIN} is {@code left}
 *     (the definition always says which). A join whose table has no selected column selects none
 *     ({@code columns: []}); {@code *} and {@code t.*} leave {@code columns} out.</li>
 * <li>An ON clause, or an EXISTS correlation predicate, must be the key equality of the relation the
 *     engine will use (the first FROM/JOIN table related to the new one); anything else is refused,
 *     since the engine would silently join differently.</li>
 * <li>{@code NOT x} becomes a negated group, except NOT EXISTS, NOT of a group, and NOT
 *     contains/icontains, which have their own forms.</li>
 * <li>Values: integers are Integer, Long or BigInteger (the narrowest), decimals exact BigDecimals,
 *     {@code DATE}/{@code TIMESTAMP} literals ISO-8601 strings ({@code T} between date and time).</li>
 * <li>{@code ?} markers: the template definition holds {@link com.mkven.multidb.jdbc.sql.ParameterMarker}s;
 *     binding translates the cached tree again with the values (no parsing). LIMIT, OFFSET and an
 *     EXISTS count are numbers in a definition, so a marker there leaves them out of the template.</li>
 * <li>{@code WHERE pk IN (…)} on a single-column primary key becomes {@code byIds} only when it is the
 *     whole WHERE and the query neither groups nor aggregates.</li>
 * <li>Limits before parsing: 1 MiB of text, 64 levels of parentheses, 10 000 values in one list,
 *     50 000 tokens. Parsing runs on the caller's thread without JSqlParser's worker thread.</li>
 * </ul>
 */
package com.mkven.multidb.jdbc.sql;
