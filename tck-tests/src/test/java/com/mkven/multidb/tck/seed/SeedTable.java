package com.mkven.multidb.tck.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.metadata.TableMeta;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The rows one physical table gets: the seed rows of a fixture table, written under the physical
 * name of the original or of a replica.
 *
 * @param database the {@code DatabaseMeta.id} that holds this copy
 * @param rows seed rows keyed by column apiName, as in {@code seed.json}
 */
public record SeedTable(String database, String physicalName, TableMeta table, List<JsonNode> rows) {
    public SeedTable {
        requireNonNull(database, "database is null");
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(table, "table is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
