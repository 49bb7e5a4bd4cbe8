package com.mkven.multidb.executor.clickhouse;

import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.ExecutorReads;
import com.mkven.multidb.spi.RowCursor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows are decoded from the response body as they are read, row by row. */
class ClickHouseStreamingTest {
    private static final int ROWS = 200_000;

    private static ClickHouseExecutor executor;

    @BeforeAll
    static void open() {
        executor = new ClickHouseExecutor(TestServer.config());
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
        try (RowCursor cursor = executor.execute("SELECT number, toString(number) FROM numbers({p1:UInt64})", List.of((long) ROWS),
                new ExecutionOptions(1_000, Optional.empty()))) {
            assertThat(cursor.columnCount()).isEqualTo(2);
            while (cursor.next()) {
                sum += (Long) cursor.value(0);
                textLength += ((String) cursor.value(1)).length();
                count++;
            }
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(count).isEqualTo(ROWS);
        assertThat(sum).isEqualTo((long) ROWS * (ROWS - 1) / 2);
        assertThat(textLength).isEqualTo(1_088_890L);
        System.out.printf("streamed %d rows in %d ms (%d rows/s)%n", count, elapsedMs, count * 1_000 / Math.max(1, elapsedMs));
    }

    @Test
    void closingACursorEarlyStopsTheStatementAndTheExecutorGoesOn() {
        RowCursor cursor = executor.execute("SELECT number FROM numbers(1000000)", List.of(), ExecutionOptions.defaults());
        for (int i = 0; i < 10; i++) {
            assertThat(cursor.next()).isTrue();
        }
        long started = System.nanoTime();
        cursor.close();
        long closeMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(ExecutorReads.single(executor, "SELECT 1")).isEqualTo(1);
        System.out.printf("closed a cursor after 10 of 1000000 rows in %d ms (KILL QUERY, then the rest of the body)%n", closeMs);
    }

    @Test
    void anEmptyResultHasItsColumnsAndNoRows() {
        try (RowCursor cursor = executor.execute("SELECT number, 'x' FROM numbers(0)", List.of(), ExecutionOptions.defaults())) {
            assertThat(cursor.columnCount()).isEqualTo(2);
            assertThat(cursor.next()).isFalse();
            assertThat(cursor.next()).isFalse();
        }
    }

    @Test
    void roundTripLatency() {
        for (int i = 0; i < 5; i++) {
            executor.ping();
        }
        long[] micros = new long[50];
        for (int i = 0; i < micros.length; i++) {
            long started = System.nanoTime();
            assertThat(ExecutorReads.single(executor, "SELECT {p1:Int32}", i)).isEqualTo(i);
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("SELECT {p1:Int32} round trip: median %d µs, p90 %d µs%n", micros[25], micros[45]);
        assertThat(micros[25]).isLessThan(200_000);
    }
}
