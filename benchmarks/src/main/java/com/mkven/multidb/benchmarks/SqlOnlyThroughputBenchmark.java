package com.mkven.multidb.benchmarks;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.query.ExecuteMode;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryJoin;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Requests per second for {@code sql-only} queries: in process against over HTTP, in one run.
 * Four client threads, as a small application server would have.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Threads(4)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SqlOnlyThroughputBenchmark {
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
        query = QueryDefinition.builder("orders")
                .columns("id", "status", "total")
                .join(QueryJoin.of("products"))
                .filter(QueryFilter.of("status", FilterOperator.EQ, "active"))
                .limit(50)
                .executeMode(ExecuteMode.SQL_ONLY)
                .build();
    }

    @TearDown
    public void stop() {
        server.stop(Duration.ZERO);
        inProcess.close();
    }

    @Benchmark
    public QueryResult inProcess() {
        return inProcess.query(query, TENANT_USER);
    }

    @Benchmark
    public QueryResult overHttp() {
        return client.query(query, TENANT_USER);
    }

    private static MultiDb engine() {
        Path fixture = Path.of(System.getProperty("multidb.fixture", "fixture"));
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.fromJsonFile(fixture.resolve("metadata.json")))
                .roleProvider(RoleProvider.fromJsonFile(fixture.resolve("roles.json")))
                .build();
    }
}
