package com.mkven.multidb.server;

import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.engine.MultiDbBuilder;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.spi.MetadataProvider;
import com.mkven.multidb.spi.RoleProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Engines over the shared fixture, servers on a free loopback port, and plain HTTP calls to them. */
final class TestServer {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() {}

    static MultiDbBuilder fixtureEngine() {
        return fixtureEngine(TestFixture.metadata());
    }

    static MultiDbBuilder fixtureEngine(MetadataConfig metadata) {
        return MultiDb.builder()
                .metadataProvider(MetadataProvider.of(metadata))
                .roleProvider(RoleProvider.of(TestFixture.roles()))
                .validateConnections(false);
    }

    static MultiDbServer start(MultiDb engine, ServerConfig config) {
        return new MultiDbServer(engine, config.withPort(0)).start();
    }

    static MultiDbServer start(MultiDb engine) {
        return start(engine, ServerConfig.defaults());
    }

    static QueryDefinition definition(String json) {
        return MultiDbJson.read(json, QueryDefinition.class);
    }

    static HttpResponse<String> send(MultiDbServer server, String method, String path, Optional<String> body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body.map(text -> HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                        .orElse(HttpRequest.BodyPublishers.noBody()));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(MultiDbServer server, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(server, "POST", path, Optional.of(body), headers);
    }

    static HttpResponse<String> post(MultiDbServer server, String path, String body) throws IOException, InterruptedException {
        return post(server, path, body, Map.of("Content-Type", "application/json"));
    }
}
