package com.mkven.multidb.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.metadata.TableMeta;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The rows one physical table gets: the seed rows of a fixture table, written under the physical name of the
 * original or of a replica of it.
 *
 * @param rows seed rows keyed by column apiName, as in {@code seed.json}
 */
public record FixtureTable(String physicalName, TableMeta table, List<JsonNode> rows) {
    public FixtureTable {
        requireNonNull(physicalName, "physicalName is null");
        requireNonNull(table, "table is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
