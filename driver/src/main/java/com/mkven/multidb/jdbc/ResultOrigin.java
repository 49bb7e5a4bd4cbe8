package com.mkven.multidb.jdbc;

import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.Strategy;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Where a query result came from: the {@code meta} the engine reported with it. */
record ResultOrigin(QueryResultMeta meta) {
    ResultOrigin {
        requireNonNull(meta, "meta is null");
    }

    static ResultOrigin of(QueryResultMeta meta) {
        return new ResultOrigin(meta);
    }

    Strategy strategy() {
        return meta.strategy();
    }

    String targetDatabase() {
        return meta.targetDatabase();
    }

    Optional<DialectName> dialect() {
        return meta.dialect();
    }
}
