package com.mkven.multidb.tck.engine;

import com.mkven.multidb.tck.seed.PostgresSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million-row table streamed through {@code MultiDb.stream()} completes in a JVM whose heap is
 * far too small to hold the result: the rows must flow through with a bounded fetch size.
 */
class StreamingMemoryTest {
    static final int ROWS = 1_000_000;
    private static final String HEAP = "-Xmx48m";

    @BeforeAll
    static void createBigTable() throws Exception {
        PostgresSeed.ensureLoaded();
        try (Connection connection = PostgresSeed.connect("pg_main"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS public.stream_rows (id integer PRIMARY KEY, label text NOT NULL, amount numeric(12,2) NOT NULL)");
            statement.execute("TRUNCATE public.stream_rows");
            statement.execute("INSERT INTO public.stream_rows SELECT g, 'row number ' || g, g / 100.0 FROM generate_series(1, " + ROWS + ") g");
        }
    }

    @Test
    void aMillionRowsStreamThroughASmallHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"), StreamingChild.class.getName()))
                .redirectErrorStream(true)
                .start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        System.out.println("streaming child (" + HEAP + "): " + output.trim());
        assertThat(finished).as("child finished").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + ROWS);
    }
}
