package com.mkven.multidb.jdbc.remote;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default transport on loopback: answers of any status, a whole-exchange timeout, a refused connection. */
class JdkHttpTransportTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", exchange -> {
            byte[] body = ("{\"method\":\"" + exchange.getRequestMethod() + "\",\"header\":\""
                    + exchange.getRequestHeaders().getFirst("X-Test") + "\",\"body\":"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(418, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // sends the headers at once and the body only when released: only a whole-exchange timeout notices
        server.createContext("/slow-body", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('{');
                out.flush();
                release.await(10, TimeUnit.SECONDS);
                out.write('}');
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void sendsMethodHeadersAndBodyAndReturnsAnyStatusAsAnAnswer() throws Exception {
        HttpTransport.Response response = HttpTransport.jdk(Duration.ofSeconds(5)).send(new HttpTransport.Request("POST",
                uri("/echo"), Map.of("X-Test", "yes"), Optional.of("{\"é\":1}"), Duration.ofSeconds(5)));

        assertThat(response.status()).isEqualTo(418);
        assertThat(response.body()).isEqualTo("{\"method\":\"POST\",\"header\":\"yes\",\"body\":{\"é\":1}}");
    }

    @Test
    void theTimeoutCoversTheWholeAnswerNotOnlyItsHeaders() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> HttpTransport.jdk(Duration.ofSeconds(5)).send(new HttpTransport.Request("GET",
                uri("/slow-body"), Map.of(), Optional.empty(), Duration.ofMillis(200))))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedConnectionIsAConnectException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> HttpTransport.jdk(Duration.ofSeconds(5)).send(new HttpTransport.Request("GET",
                URI.create("http://127.0.0.1:" + closedPort + "/health"), Map.of(), Optional.empty(), Duration.ofSeconds(5))))
                .isInstanceOf(ConnectException.class);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
