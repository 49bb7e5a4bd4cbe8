package com.mkven.multidb.dialect;

import com.mkven.multidb.result.DialectName;

/**
 * Trino SQL (sql.md §4–§5) with {@code ?} placeholders: the SQL never carries a value. Values come typed
 * ({@code TypedValues}) for the Trino JDBC driver: {@code BigDecimal} for {@code setBigDecimal}, {@code Instant} and
 * {@code LocalDate} for {@code setObject}, uuid as a {@code String} inside {@code CAST(? AS uuid)}. Tables carry the
 * catalog the planner set. Stateless; found by {@code ServiceLoader}.
 */
public final class TrinoDialect extends RenderingDialect {
    public TrinoDialect() {
        super(DialectName.TRINO, TrinoRenderer::new);
    }
}
