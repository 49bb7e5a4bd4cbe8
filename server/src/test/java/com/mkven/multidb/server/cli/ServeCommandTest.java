package com.mkven.multidb.server.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.server.TokenHashes;
import com.mkven.multidb.server.demo.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code multidb serve} over a config file with the fixture's metadata and roles and no executors: {@code sql-only}
 * queries and {@code /health} need no database, so the server is tested here without one.
 */
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("MultiDB server on (http://\\S+) ");
    private static final String SQL_ONLY_QUERY = """
            {"definition":{"from":"orders","columns":["id"],"executeMode":"sql-only"},"context":{"roles":{"user":["admin"]}}}""";

    @TempDir
    static Path folder;
    private static Path config;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ShutdownSignal signal = new ShutdownSignal();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void writeConfig() throws IOException {
        Fixture fixture = Fixture.load();
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("metadata", fixture.metadataJson());
        document.set("roles", fixture.rolesJson());
        config = folder.resolve("multidb.json");
        Files.writeString(config, MultiDbJson.write(document));
    }

    @Test
    void servesTheConfigFileUntilAskedToStop() throws Exception {
        CompletableFuture<ExitCode> serving = serveInBackground("--config", config.toString(), "--port", "0");
        URI base = awaitListening(serving);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> query = http.send(post(base, SQL_ONLY_QUERY).build(), HttpResponse.BodyHandlers.ofString());
        signal.requestAndWait(Duration.ofSeconds(30));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
        assertThat(query.body()).contains("\"strategy\":\"direct\"", "FROM \\\"public\\\".\\\"orders\\\"");
        assertThat(serving.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
        assertThat(text(out)).contains("without authentication (loopback only)", "MultiDB server stopped, engine closed.");
    }

    @Test
    void aUsersFileTurnsAuthenticationOn() throws Exception {
        Path users = folder.resolve("users.json");
        Files.writeString(users, """
                [{"name": "ci", "tokenHash": "%s", "roles": {"user": ["admin"]}}]""".formatted(TokenHashes.sha256("s3cret")));
        CompletableFuture<ExitCode> serving = serveInBackground("--config", config.toString(), "--port", "0", "--users", users.toString());
        URI base = awaitListening(serving);

        int anonymous = http.send(post(base, SQL_ONLY_QUERY).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int withToken = http.send(post(base, SQL_ONLY_QUERY).header("Authorization", "Bearer s3cret").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        signal.requestAndWait(Duration.ofSeconds(30));

        assertThat(anonymous).isEqualTo(401);
        assertThat(withToken).isEqualTo(200);
        assertThat(serving.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
        assertThat(text(out)).contains("to 1 users");
    }

    @Test
    void aMissingConfigFileIsAConnectionError() throws UsageException {
        ExitCode exit = serve("--config", folder.resolve("missing.json").toString(), "--port", "0");

        assertThat(exit).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(text(err)).startsWith("ERROR 08001 ").contains("missing.json");
    }

    @Test
    void anUnknownExecutorTypeIsAConnectionError() throws Exception {
        Path mongo = folder.resolve("mongo.json");
        Files.writeString(mongo, Files.readString(config).replaceFirst("\\{", "{\"executors\":{\"pg-main\":{\"type\":\"mongo\",\"url\":\"mongodb://x\"}},"));

        ExitCode exit = serve("--config", mongo.toString(), "--port", "0");

        assertThat(exit).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(text(err)).startsWith("ERROR 08001 ").contains("unknown type 'mongo'", "available types: clickhouse, postgres, trino");
    }

    @Test
    void aPortInUseIsAConnectionError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ExitCode exit = serve("--config", config.toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(exit).isEqualTo(ExitCode.CONNECTION_ERROR);
            assertThat(text(err)).startsWith("ERROR 08001 cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void aBrokenUsersFileIsAConfigError() throws Exception {
        Path users = folder.resolve("broken-users.json");
        Files.writeString(users, "[{\"name\": \"ci\", \"roles\": {\"user\": [\"admin\"]}}]");

        ExitCode exit = serve("--config", config.toString(), "--users", users.toString());

        assertThat(exit).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(text(err)).startsWith("ERROR 08001 users file " + users).contains("needs a password hash or a token hash");
    }

    @Test
    void aUsersFileHoldingNullIsAConfigError() throws Exception {
        Path users = folder.resolve("null-users.json");
        Files.writeString(users, "null");

        ExitCode exit = serve("--config", config.toString(), "--users", users.toString());

        assertThat(exit).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(text(err)).contains("expected a JSON array of users, got null");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThatThrownBy(() -> serve("--port", "0")).isInstanceOf(UsageException.class).hasMessage("option --config is required");
        assertThatThrownBy(() -> serve("--config", config.toString(), "--port", "http"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--port must be a number from 0 (any free port) to 65535, got 'http'");
        assertThatThrownBy(() -> serve("--config", config.toString(), "--port", "70000"))
                .isInstanceOf(UsageException.class).hasMessage("port must be 0-65535: 70000");
        assertThatThrownBy(() -> serve("--config", config.toString(), "--bind", "0.0.0.0"))
                .isInstanceOf(UsageException.class).hasMessageContaining("configure users");
        assertThatThrownBy(() -> serve("--config", config.toString(), "extra"))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument 'extra'");
    }

    @Test
    void theCommandMapsABadPortToExitCodeTwo() {
        CommandOutput output = CommandOutput.run("serve", "--config", config.toString(), "--port", "http");

        assertThat(output.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(output.err()).contains("multidb serve: --port must be a number");
    }

    private ExitCode serve(String... args) throws UsageException {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new ServeCommand(outStream, errStream, () -> signal).run(Arguments.parse(List.of(args), ServeCommand.OPTIONS));
    }

    private CompletableFuture<ExitCode> serveInBackground(String... args) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return serve(args);
            } catch (UsageException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private URI awaitListening(CompletableFuture<ExitCode> serving) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(text(out));
            if (listening.find()) {
                return URI.create(listening.group(1));
            }
            assertThat(serving).as("serve ended early: %s%s", text(out), text(err)).isNotDone();
            Thread.sleep(20);
        }
        throw new AssertionError("the server did not start: " + text(out) + text(err));
    }

    private static HttpRequest.Builder post(URI base, String body) {
        return HttpRequest.newBuilder(base.resolve("/query")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
