package com.mkven.multidb.tck.engine;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.MetadataProvider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Run by {@link StreamingMemoryTest} in a JVM with a 48 MiB heap: streams every row of
 * {@code public.stream_rows} and prints the count and the time it took.
 */
public final class StreamingChild {
    private StreamingChild() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        long rows = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (MultiDb db = PostgresFixtureEngine.builder()
                .metadataProvider(MetadataProvider.of(withStreamRows(TestFixture.metadata())))
                .executor("pg-main", PostgresFixtureEngine.postgres("pg_main"))
                .build();
                QueryStream stream = db.stream(QueryDefinition.builder("streamRows").build(), ExecutionContext.ofUserRoles("admin"),
                        new ExecutionOptions(1000, Optional.empty()))) {
            while (stream.next()) {
                rows++;
                sum = sum.add((BigDecimal) stream.value(2));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rows=%d sum=%s seconds=%.1f rowsPerSecond=%.0f maxHeapMiB=%d%n",
                rows, sum, seconds, rows / seconds, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.exit(rows == StreamingMemoryTest.ROWS ? 0 : 1);
    }

    private static MetadataConfig withStreamRows(MetadataConfig base) {
        List<TableMeta> tables = new ArrayList<>(base.tables());
        tables.add(new TableMeta("streamRows", "streamRows", "pg-main", "public.stream_rows",
                List.of(ColumnMeta.of("id", "id", ColumnType.INT, false), ColumnMeta.of("label", "label", ColumnType.STRING, false),
                        ColumnMeta.of("amount", "amount", ColumnType.DECIMAL, false)),
                List.of("id"), List.of(), Optional.empty()));
        return new MetadataConfig(base.databases(), tables, base.caches(), base.externalSyncs(), base.trino());
    }
}
