package com.mkven.multidb.benchmarks;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.QueryStream;
import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.jdbc.remote.QueryRequest;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.spi.CancelSignal;
import com.mkven.multidb.spi.DbExecutor;
import com.mkven.multidb.spi.ExecutionOptions;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import com.mkven.multidb.spi.RowCursor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Milliseconds to read a 100 000-row {@code execute} result (id, status, total of orders, with {@code total} masked
 * for the tenant-user role) in process ({@code MultiDb.stream}) and streamed over HTTP ({@code MultiDbClient.stream}
 * → {@code MultiDbServer} on a loopback port), side by side in one run. The rows come from an executor that makes them
 * up, so the figures are MultiDB's own per-row cost — normalising, masking and, over HTTP, JSON both ways — and not a
 * database's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StreamThroughputBenchmark {
    private static final int ROWS = 100_000;
    private static final ExecutionContext TENANT_USER = ExecutionContext.ofUserRoles("tenant-user");

    private MultiDb inProcess;
    private MultiDbServer server;
    private MultiDbClient client;
    private QueryDefinition query;

    @Setup
    public void start() {
        inProcess = engine();
        server = new MultiDbServer(engine(), ServerConfig.defaults().withPort(0)).start();
        client = MultiDbClient.builder(server.baseUri()).build();
        query = QueryDefinition.builder("orders").columns("id", "status", "total").build();
    }

    @TearDown
    public void stop() {
        server.stop(Duration.ZERO);
        inProcess.close();
    }

    @Benchmark
    public void inProcess(Blackhole rows) {
        try (QueryStream stream = inProcess.stream(query, TENANT_USER, ExecutionOptions.defaults())) {
            drain(stream, rows);
        }
    }

    @Benchmark
    public void overHttp(Blackhole rows) {
        try (QueryStream stream = client.stream(new QueryRequest(query, TENANT_USER), new CancelSignal())) {
            drain(stream, rows);
        }
    }

    private static void drain(QueryStream stream, Blackhole rows) {
        int read = 0;
        while (stream.next()) {
            rows.consume(stream.value(0));
            rows.consume(stream.value(1));
            rows.consume(stream.value(2));
            read++;
        }
        if (read != ROWS) {
            throw new IllegalStateException("read " + read + " rows, not " + ROWS);
        }
    }

    private static MultiDb engine() {
        Path fixture = Path.of(System.getProperty("multidb.fixture", "fixture"));
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.fromJsonFile(fixture.resolve("metadata.json")))
                .roleProvider(RoleProvider.fromJsonFile(fixture.resolve("roles.json")))
                .executor("pg-main", new GeneratedRows())
                .build();
    }

    /** Answers every statement with {@value #ROWS} rows of (uuid, status, decimal), made up as they are read. */
    private static final class GeneratedRows implements DbExecutor {
        private static final List<String> STATUSES = List.of("active", "shipped", "cancelled", "pending");

        @Override
        public RowCursor execute(String sql, List<Object> params, ExecutionOptions options) {
            return new RowCursor() {
                private int row = -1;

                @Override
                public int columnCount() {
                    return 3;
                }

                @Override
                public boolean next() {
                    return ++row < ROWS;
                }

                @Override
                public Object value(int column) {
                    return switch (column) {
                        case 0 -> new UUID(0x4000_0000_0000_4000L, row);
                        case 1 -> STATUSES.get(row % STATUSES.size());
                        case 2 -> BigDecimal.valueOf(row, 2);
                        default -> throw new IndexOutOfBoundsException(column);
                    };
                }

                @Override
                public void cancel() {
                    row = ROWS;
                }

                @Override
                public void close() {
                    row = ROWS;
                }
            };
        }

        @Override
        public void ping() {}

        @Override
        public void close() {}
    }
}
