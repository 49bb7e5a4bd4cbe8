package com.mkven.multidb.cache.redis;

import com.mkven.multidb.spi.ExecutorException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Redis going away under a connected provider, and coming back. Runs a private redis-server
 * (the binary the shared Redis comes from) on a free port, so stopping it disturbs no one.
 */
class RedisOutageTest {
    @Test
    void anOutageFailsFastAndTheProviderRecoversWhenRedisIsBack() throws Exception {
        int port = TestRedis.deadPort();
        Process server = startServer(port);
        try (RedisCacheProvider provider = new RedisCacheProvider(
                RedisCacheConfig.of("redis://127.0.0.1:" + port).withTimeout(Duration.ofSeconds(1)))) {
            assertThat(provider.getMany(List.of("multidb-test:absent"))).isEmpty();

            stopServer(server);
            long downAt = System.nanoTime();
            ExecutorException down = catchThrowableOfType(ExecutorException.class, () -> provider.getMany(List.of("multidb-test:absent")));
            long failedMs = (System.nanoTime() - downAt) / 1_000_000;

            assertThat(down).hasMessageStartingWith("Redis MGET of 1 key(s) on redis://127.0.0.1:" + port + " failed: ");
            assertThat(failedMs).isLessThan(1_500);

            server = startServer(port);
            long upAt = System.nanoTime();
            awaitPing(provider, Duration.ofSeconds(10));
            long recoveredMs = (System.nanoTime() - upAt) / 1_000_000;

            assertThat(provider.getMany(List.of("multidb-test:absent"))).isEmpty();
            System.out.printf("redis outage: getMany failed after %d ms; provider usable again %d ms after restart%n", failedMs, recoveredMs);
        } finally {
            stopServer(server);
        }
    }

    private static Process startServer(int port) throws IOException, InterruptedException {
        Process server = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return server;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        server.destroyForcibly();
        throw new IllegalStateException("redis-server did not listen on port " + port + " within 10 s");
    }

    private static void stopServer(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    private static void awaitPing(RedisCacheProvider provider, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                provider.ping();
                return;
            } catch (ExecutorException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
                Thread.sleep(50);
            }
        }
    }
}
