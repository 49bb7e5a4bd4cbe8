package com.mkven.multidb.tck.seed;

import static java.util.Objects.requireNonNull;

/**
 * A test-only copy of a fixture table in a database that does not hold it, so a scenario written
 * for the fixture can run on another engine (see {@link TableCopies}).
 *
 * @param tableId the fixture {@code TableMeta.id} whose seed rows the copy holds
 * @param database the {@code DatabaseMeta.id} holding the copy
 * @param physicalName the copy's name in that database
 */
public record TableCopy(String tableId, String database, String physicalName) {
    public TableCopy {
        requireNonNull(tableId, "tableId is null");
        requireNonNull(database, "database is null");
        requireNonNull(physicalName, "physicalName is null");
    }
}
