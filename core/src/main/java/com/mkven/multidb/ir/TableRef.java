package com.mkven.multidb.ir;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A table as it appears in FROM, a join or a correlated subquery.
 *
 * @param physicalName possibly schema-qualified, {@code public.orders}
 * @param alias {@code t0}, {@code s2}, …
 * @param catalog the Trino catalog, set by the planner whenever the Trino dialect runs
 * @param jsonArrayView set when {@code physicalName} is a view holding the table's arrays as JSON text, which the
 *         dialect reads back into the table's shape (a ClickHouse table federated by Trino)
 */
public record TableRef(String physicalName, String alias, Optional<String> catalog, Optional<JsonArrayView> jsonArrayView) {
    public TableRef {
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(alias, "alias is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(jsonArrayView, "jsonArrayView is null");
    }

    public static TableRef of(String physicalName, String alias) {
        return new TableRef(physicalName, alias, Optional.empty(), Optional.empty());
    }

    /**
     * The same alias read from elsewhere: a replica's physical name and/or a Trino catalog (sql.md §6.3, §6.4), or a
     * view with arrays as JSON text.
     */
    public TableRef readFrom(String physicalName, Optional<String> catalog, Optional<JsonArrayView> jsonArrayView) {
        return new TableRef(physicalName, alias, catalog, jsonArrayView);
    }
}
