package com.mkven.multidb.tck.seed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Plain HTTP to the ClickHouse endpoint (infra.md): the loaders need no driver, only SQL in a
 * POST body and JSONEachRow data for inserts.
 */
public final class ClickHouseHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ClickHouseHttp() {}

    public static String url() {
        return "http://127.0.0.1:" + EngineEnvironment.clickHousePort();
    }

    /** Runs one statement and returns the response body (the rows in the statement's FORMAT, if any). */
    public static String run(String sql) {
        return post(URI.create(url() + "/"), sql, sql);
    }

    /** Inserts rows given as JSONEachRow lines into a table. */
    static void insert(String table, String jsonEachRow) {
        String statement = "INSERT INTO " + table + " FORMAT JSONEachRow";
        post(URI.create(url() + "/?query=" + URLEncoder.encode(statement, StandardCharsets.UTF_8)), jsonEachRow, statement);
    }

    private static String post(URI uri, String body, String statement) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach ClickHouse at " + url() + " (is it running? scripts/engines up clickhouse): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to ClickHouse", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ClickHouse refused " + statement + ": HTTP " + response.statusCode() + " " + response.body().strip());
        }
        return response.body();
    }
}
