package com.mkven.multidb.jdbc;

import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.Strategy;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Where a query result came from, as {@code meta} reports it. */
record ResultOrigin(Strategy strategy, String targetDatabase, Optional<DialectName> dialect) {
    ResultOrigin {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(targetDatabase, "targetDatabase is null");
        requireNonNull(dialect, "dialect is null");
    }

    static ResultOrigin of(QueryResultMeta meta) {
        return new ResultOrigin(meta.strategy(), meta.targetDatabase(), meta.dialect());
    }
}
