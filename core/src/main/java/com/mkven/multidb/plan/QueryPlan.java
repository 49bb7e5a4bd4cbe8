package com.mkven.multidb.plan;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The planner's answer: the cache route when P0 applies, and always the database route used for
 * everything the cache does not hold (sql.md §6).
 */
public record QueryPlan(Optional<CacheRoute> cache, DatabaseRoute database) {
    public QueryPlan {
        requireNonNull(cache, "cache is null");
        requireNonNull(database, "database is null");
    }
}
