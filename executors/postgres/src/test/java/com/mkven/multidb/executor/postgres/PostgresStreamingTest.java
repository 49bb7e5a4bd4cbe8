package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Results stream through a server-side portal, fetchSize rows per round trip, instead of filling memory. */
class PostgresStreamingTest {
    private static final int ROWS = 100_000;

    private static PostgresExecutor executor;

    @BeforeAll
    static void open() {
        executor = new PostgresExecutor(TestDatabase.config());
    }

    @AfterAll
    static void close() {
        executor.close();
    }

    @Test
    void aHundredThousandRowsStreamThroughTheCursor() {
        long started = System.nanoTime();
        long count = 0;
        long sum = 0;
        long textLength = 0;
        try (RowCursor cursor = executor.execute("SELECT g, md5(g::text) FROM generate_series(1, $1::int4) g", List.of(ROWS),
                new ExecutionOptions(1_000, Optional.empty()))) {
            assertThat(cursor.columnCount()).isEqualTo(2);
            while (cursor.next()) {
                sum += (Integer) cursor.value(0);
                textLength += ((String) cursor.value(1)).length();
                count++;
            }
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(count).isEqualTo(ROWS);
        assertThat(sum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
        assertThat(textLength).isEqualTo(32L * ROWS);
        System.out.printf("streamed %d rows in %d ms (%d rows/s)%n", count, elapsedMs, count * 1_000 / Math.max(1, elapsedMs));
    }

    /**
     * The last row divides by zero. Were the result fetched whole, execute itself would fail;
     * streamed, every batch before the one holding that row arrives and can be read.
     */
    @Test
    void rowsArriveBeforeTheWholeResultIsComputed() {
        String sql = "SELECT CASE WHEN g < $1::int4 THEN g ELSE 1 / (g - g) END FROM generate_series(1, $1::int4) g";

        ReadUntilFailure batches = readUntilFailure(sql, ROWS, 1_000);
        ReadUntilFailure smallBatches = readUntilFailure(sql, 1_000, 100);

        assertThat(batches.rows()).isEqualTo(ROWS - 1_000);
        assertThat(batches.failure().sqlState()).contains("22012");
        assertThat(smallBatches.rows()).isEqualTo(900);
    }

    private record ReadUntilFailure(int rows, ExecutorException failure) {}

    private static ReadUntilFailure readUntilFailure(String sql, int rowCount, int fetchSize) {
        int read = 0;
        try (RowCursor cursor = executor.execute(sql, List.of(rowCount), new ExecutionOptions(fetchSize, Optional.empty()))) {
            while (cursor.next()) {
                cursor.value(0);
                read++;
            }
        } catch (ExecutorException e) {
            return new ReadUntilFailure(read, e);
        }
        throw new AssertionError("the last row did not fail");
    }
}
