package com.mkven.multidb.dialect;

import com.mkven.multidb.result.DialectName;

/**
 * ClickHouse SQL (sql.md §4–§5) with typed {@code {pN:Type}} placeholders: the executor sends value N as query
 * parameter {@code pN}. Values come typed ({@code TypedValues}): the executor writes a {@code BigDecimal} in plain
 * notation, an {@code Instant} as {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in UTC (ClickHouse parses no {@code T}/{@code Z}
 * there) and escapes {@code \} in strings, which ClickHouse reads in its escaped text format. Stateless; found by
 * {@code ServiceLoader}.
 */
public final class ClickHouseDialect extends RenderingDialect {
    public ClickHouseDialect() {
        super(DialectName.CLICKHOUSE, ClickHouseRenderer::new);
    }
}
