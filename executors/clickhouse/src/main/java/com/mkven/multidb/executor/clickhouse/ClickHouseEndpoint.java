package com.mkven.multidb.executor.clickhouse;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Where a ClickHouse executor sends its HTTP requests, read from the JDBC URL of the config file
 * (jdbc.md "Config file"): {@code jdbc:clickhouse://host[:port][/database][?option=value&…]}, also
 * spelled {@code jdbc:ch:}, with an explicit protocol ({@code jdbc:clickhouse:https://…}) or as a
 * plain {@code http(s)://} URL. The URL's query parameters are client-v2 options.
 *
 * @param baseUrl {@code http(s)://host:port}, what client-v2 calls an endpoint
 * @param database the database unqualified table names resolve in; {@code default} when the URL has no path
 * @param options client-v2 configuration options from the URL's query, in their order
 */
record ClickHouseEndpoint(String baseUrl, String database, Map<String, String> options) {
    static final String DEFAULT_DATABASE = "default";
    private static final int HTTP_PORT = 8123;
    private static final int HTTPS_PORT = 8443;
    private static final String[] JDBC_PREFIXES = {"jdbc:clickhouse:", "jdbc:ch:"};
    private static final String FORMS = "jdbc:clickhouse://host:port/database, jdbc:clickhouse:https://host:port/database or http(s)://host:port";

    ClickHouseEndpoint {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(database, "database is null");
        options = Map.copyOf(requireNonNull(options, "options is null"));
    }

    /** @throws IllegalArgumentException naming the URL up to its query, which may hold a password */
    static ClickHouseEndpoint parse(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        String address = withoutJdbcPrefix(jdbcUrl);
        URI uri;
        try {
            uri = new URI(address.startsWith("//") ? "http:" + address : address);
        } catch (URISyntaxException e) {
            throw notAClickHouseUrl(jdbcUrl);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean http = "http".equals(uri.getScheme());
        if ((!https && !http) || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw notAClickHouseUrl(jdbcUrl);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? HTTPS_PORT : HTTP_PORT;
        String baseUrl = "%s://%s:%d".formatted(uri.getScheme(), uri.getHost(), port);
        return new ClickHouseEndpoint(baseUrl, database(uri.getPath(), jdbcUrl), options(uri.getRawQuery(), jdbcUrl));
    }

    private static String withoutJdbcPrefix(String jdbcUrl) {
        for (String prefix : JDBC_PREFIXES) {
            if (jdbcUrl.startsWith(prefix)) {
                return jdbcUrl.substring(prefix.length());
            }
        }
        return jdbcUrl;
    }

    private static String database(String path, String jdbcUrl) {
        String database = path == null || path.isEmpty() ? "" : path.substring(1);
        if (database.contains("/")) {
            throw new IllegalArgumentException("jdbcUrl has more than a database in its path: " + withoutQuery(jdbcUrl));
        }
        return database.isEmpty() ? DEFAULT_DATABASE : database;
    }

    private static Map<String, String> options(String rawQuery, String jdbcUrl) {
        Map<String, String> options = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return options;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("jdbcUrl option is not name=value: " + withoutQuery(jdbcUrl));
            }
            options.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
        }
        return options;
    }

    /** {@link URI} has already refused malformed %-escapes. */
    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException notAClickHouseUrl(String jdbcUrl) {
        return new IllegalArgumentException("jdbcUrl is not a ClickHouse URL (%s): %s".formatted(FORMS, withoutQuery(jdbcUrl)));
    }

    /** The URL up to its query, which may carry a password. */
    static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }

    /** Options may hold a password: only their names are shown. */
    @Override
    public String toString() {
        return "ClickHouseEndpoint[baseUrl=%s, database=%s, options=%s]".formatted(baseUrl, database, options.keySet());
    }
}
