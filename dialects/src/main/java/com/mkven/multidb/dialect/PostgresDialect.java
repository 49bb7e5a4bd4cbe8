package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** PostgreSQL SQL (sql.md §4–§5). Stateless; found by {@code ServiceLoader}. */
public final class PostgresDialect implements SqlDialect {
    @Override
    public DialectName name() {
        return DialectName.POSTGRES;
    }

    @Override
    public GeneratedSql generate(SqlParts parts, List<Object> params) {
        requireNonNull(parts, "parts is null");
        requireNonNull(params, "params is null");
        return new PostgresRenderer(parts, params).render();
    }
}
