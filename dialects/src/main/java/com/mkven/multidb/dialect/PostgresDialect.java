package com.mkven.multidb.dialect;

import com.mkven.multidb.result.DialectName;

/** PostgreSQL SQL (sql.md §4–§5). Stateless; found by {@code ServiceLoader}. */
public final class PostgresDialect extends RenderingDialect {
    public PostgresDialect() {
        super(DialectName.POSTGRES, PostgresRenderer::new);
    }
}
