package com.mkven.multidb.spi;

import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.result.DialectName;

import java.util.List;

/**
 * Renders the IR as SQL text for one engine (sql.md §4). Implementations are stateless and thread-safe.
 *
 * <p>{@code params} are the values addressed by the IR's parameter indexes. The dialect numbers its own placeholders
 * in textual emission order and returns the values in that order, after whatever expansion (one placeholder per list
 * element) or transformation (escaped LIKE patterns) it needs; the resolver's indexes never leak into the result.
 */
public interface SqlDialect {
    DialectName name();

    GeneratedSql generate(SqlParts parts, List<Object> params);
}
