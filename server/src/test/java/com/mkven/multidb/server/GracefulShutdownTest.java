package com.mkven.multidb.server;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.error.ConnectionException;
import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.QueryResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.mkven.multidb.server.TestServer.definition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** stop(drain): no new connections, requests in flight finish within the drain, then the engine closes. */
class GracefulShutdownTest {
    private static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");

    @Test
    void anInFlightRequestCompletesWhileStopWaitsAndNewConnectionsAreRefused() throws Exception {
        StubExecutor slow = StubExecutor.returning(List.of(), 9).holdStatements();
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", slow).build());
        int port = server.port();
        MultiDbClient client = MultiDbClient.builder(server.baseUri()).build();
        try {
            CompletableFuture<QueryResult> inFlight = CompletableFuture.supplyAsync(() ->
                    client.query(definition("{\"from\":\"orders\",\"executeMode\":\"count\"}"), ADMIN));
            assertThat(slow.started.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(15)));
            awaitRefused(port);

            assertThat(stopping).isNotDone();
            assertThat(slow.closeCalls).as("engine still open while draining").isZero();
            slow.release();
            assertThat(((CountResult) inFlight.get(10, TimeUnit.SECONDS)).count()).isEqualTo(9);
            stopping.get(10, TimeUnit.SECONDS);
            assertThat(slow.closeCalls).as("engine closed after the drain").isEqualTo(1);
        } finally {
            slow.release();
        }
    }

    @Test
    void aRequestOutlivingTheDrainIsCutAndTheEngineClosedAnyway() throws Exception {
        StubExecutor stuck = StubExecutor.returning(List.of(), 1).holdStatements();
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", stuck).build());
        MultiDbClient client = MultiDbClient.builder(server.baseUri()).build();
        try {
            CompletableFuture<QueryResult> inFlight = CompletableFuture.supplyAsync(() ->
                    client.query(definition("{\"from\":\"orders\",\"executeMode\":\"count\"}"), ADMIN));
            assertThat(stuck.started.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();

            server.stop(Duration.ofMillis(500));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            assertThat(stuck.closeCalls).isEqualTo(1);
            assertThatThrownBy(() -> inFlight.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ConnectionException.class);
        } finally {
            stuck.release();
        }
    }

    @Test
    void stopWithNothingInFlightReturnsAtOnceAndASecondStopDoesNothing() {
        StubExecutor pgMain = StubExecutor.returning(List.of(), 0);
        MultiDbServer server = TestServer.start(TestServer.fixtureEngine().executor("pg-main", pgMain).build());
        long start = System.nanoTime();

        server.stop(Duration.ofSeconds(30));
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(pgMain.closeCalls).isEqualTo(1);
        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aServerIsStartedOnceAndStoppingOneNeverStartedClosesTheEngine() {
        StubExecutor pgMain = StubExecutor.returning(List.of(), 0);
        MultiDb engine = TestServer.fixtureEngine().executor("pg-main", pgMain).build();
        MultiDbServer neverStarted = new MultiDbServer(engine, ServerConfig.defaults().withPort(0));
        MultiDbServer started = TestServer.start(TestServer.fixtureEngine().build());

        assertThatThrownBy(neverStarted::port).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(started::start).isInstanceOf(IllegalStateException.class);
        neverStarted.stop(Duration.ZERO);
        started.stop(Duration.ZERO);

        assertThat(pgMain.closeCalls).isEqualTo(1);
    }

    @Test
    void aPortInUseFailsStartWithTheAddress() {
        MultiDbServer first = TestServer.start(TestServer.fixtureEngine().build());
        try {
            MultiDbServer second = new MultiDbServer(TestServer.fixtureEngine().build(), ServerConfig.defaults().withPort(first.port()));

            assertThatThrownBy(second::start).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        } finally {
            first.stop(Duration.ZERO);
        }
    }

    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread.sleep(20);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("port " + port + " still accepts connections");
    }
}
