package com.mkven.multidb.tck.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ExternalSync;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;

import java.util.ArrayList;
import java.util.List;

/**
 * The one source of seed rows ({@code seed.json} in core's test fixture) laid out per engine:
 * every original table in its database plus every replica in its target database, with the
 * same rows. The loaders of each engine only translate these into their own SQL.
 */
public final class SeedData {
    private final MetadataConfig metadata = TestFixture.metadata();
    private final JsonNode seed = TestFixture.seed();

    /** Every physical table of a database, originals first, then replicas held there. */
    public List<SeedTable> tablesIn(String databaseId) {
        List<SeedTable> tables = new ArrayList<>();
        for (TableMeta table : metadata.tables()) {
            if (table.database().equals(databaseId)) {
                tables.add(new SeedTable(databaseId, table.physicalName(), table, rows(table)));
            }
        }
        for (ExternalSync sync : metadata.externalSyncs()) {
            if (sync.targetDatabase().equals(databaseId)) {
                TableMeta source = table(sync.sourceTable());
                tables.add(new SeedTable(databaseId, sync.targetPhysicalName(), source, rows(source)));
            }
        }
        return tables;
    }

    /** The test-only copies a database holds besides its fixture tables ({@link TableCopies}). */
    public List<SeedTable> copiesIn(String databaseId) {
        List<SeedTable> copies = new ArrayList<>();
        for (TableCopy copy : TableCopies.in(databaseId)) {
            TableMeta source = table(copy.tableId());
            copies.add(new SeedTable(databaseId, copy.physicalName(), source, rows(source)));
        }
        return copies;
    }

    /** The ids of a table whose rows are written to the cache. */
    public List<String> cachedIds(String tableId) {
        List<String> ids = new ArrayList<>();
        seed.path("cache").path(tableId).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    public TableMeta table(String tableId) {
        return metadata.tables().stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture table " + tableId));
    }

    public List<JsonNode> rows(TableMeta table) {
        List<JsonNode> rows = new ArrayList<>();
        seed.path(table.id()).forEach(rows::add);
        return rows;
    }
}
