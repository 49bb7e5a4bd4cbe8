package com.mkven.multidb.executor.trino;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.mkven.multidb.spi.ExecutorReads.single;
import static org.assertj.core.api.Assertions.assertThat;

/** Rows arrive page by page as the coordinator produces them. */
class TrinoStreamingTest {
    private static final int ROWS = 200_000;

    private static TrinoExecutor executor;

    @BeforeAll
    static void open() {
        executor = new TrinoExecutor(TestCoordinator.config());
        // the first statement of a JVM loads the driver's classes: seconds that are not the tests'
        executor.ping();
    }

    @AfterAll
    static void close() {
        executor.close();
    }

    @Test
    void twoHundredThousandRowsStreamThroughTheCursor() {
        long started = System.nanoTime();
        long count = 0;
        long sum = 0;
        long textLength = 0;
        try (RowCursor cursor = executor.execute("SELECT sequential_number, CAST(sequential_number AS varchar) "
                + "FROM TABLE(sequence(start => 1, stop => ?))", List.of((long) ROWS), new ExecutionOptions(1_000, Optional.empty()))) {
            assertThat(cursor.columnCount()).isEqualTo(2);
            while (cursor.next()) {
                sum += (Long) cursor.value(0);
                textLength += ((String) cursor.value(1)).length();
                count++;
            }
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(count).isEqualTo(ROWS);
        assertThat(sum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
        assertThat(textLength).isEqualTo(1_088_895L);
        System.out.printf("streamed %d rows in %d ms (%d rows/s)%n", count, elapsedMs, count * 1_000 / Math.max(1, elapsedMs));
    }

    @Test
    void anEmptyResultHasItsColumnsAndNoRows() {
        try (RowCursor cursor = executor.execute("SELECT 1, 'x' WHERE false", List.of(), ExecutionOptions.defaults())) {
            assertThat(cursor.columnCount()).isEqualTo(2);
            assertThat(cursor.next()).isFalse();
            assertThat(cursor.next()).isFalse();
        }
    }

    @Test
    void closingACursorEarlyIsQuickAndTheExecutorGoesOn() {
        // ten million rows; the sequence table function of that size takes seconds to plan
        RowCursor cursor = executor.execute("SELECT x FROM UNNEST(sequence(1, 10000)) a(x) CROSS JOIN UNNEST(sequence(1, 1000)) b(y)",
                List.of(), ExecutionOptions.defaults());
        for (int i = 0; i < 10; i++) {
            assertThat(cursor.next()).isTrue();
        }
        long started = System.nanoTime();
        cursor.close();
        long closeMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(closeMs).isLessThan(2_000);
        assertThat(single(executor, "SELECT 1")).isEqualTo(1);
        System.out.printf("closed a cursor after 10 of 10000000 rows in %d ms%n", closeMs);
    }

    @Test
    void roundTripLatency() {
        long[] micros = new long[20];
        for (int i = 0; i < micros.length; i++) {
            long started = System.nanoTime();
            assertThat(single(executor, "SELECT ?", i)).isEqualTo(i);
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("SELECT ? round trip: median %d µs, p90 %d µs%n", micros[10], micros[18]);
        assertThat(micros[10]).isLessThan(2_000_000);
    }
}
