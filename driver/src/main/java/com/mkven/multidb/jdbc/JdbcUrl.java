package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.config.ConfigLocation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A parsed {@code jdbc:multidb:} URL (jdbc.md "Registration and URLs"): where the engine is, and the properties of
 * the query part, percent-decoded ({@code +} stays a plus, so {@code timeZone=+02:00} works).
 *
 * @param config embedded mode: the config location the URL names; empty for {@code jdbc:multidb:?…}, which resolves
 *         the default location at connect time
 * @param server remote mode: the server's base URI
 */
record JdbcUrl(String url, Optional<ConfigLocation> config, Optional<URI> server, Map<String, String> properties) {
    static final String PREFIX = "jdbc:multidb:";

    JdbcUrl {
        requireNonNull(url, "url is null");
        requireNonNull(config, "config is null");
        requireNonNull(server, "server is null");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    boolean remote() {
        return server.isPresent();
    }

    /** @throws SQLException {@code 08001} naming what is wrong with the URL */
    static JdbcUrl parse(String url) throws SQLException {
        if (!accepts(url)) {
            throw invalid(String.valueOf(url), "expected it to start with " + PREFIX);
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String target = query < 0 ? rest : rest.substring(0, query);
        Map<String, String> properties = query < 0 ? Map.of() : properties(url, rest.substring(query + 1));
        if (target.isEmpty()) {
            return new JdbcUrl(url, Optional.empty(), Optional.empty(), properties);
        }
        if (target.startsWith("//")) {
            return new JdbcUrl(url, Optional.empty(), Optional.of(server(url, "http:" + target)), properties);
        }
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return new JdbcUrl(url, Optional.empty(), Optional.of(server(url, target)), properties);
        }
        if (target.startsWith(ConfigLocation.Kind.FILE.prefix()) || target.startsWith(ConfigLocation.Kind.CLASSPATH.prefix())) {
            try {
                return new JdbcUrl(url, Optional.of(ConfigLocation.parse(decode(url, target))), Optional.empty(), properties);
            } catch (IllegalArgumentException e) {
                throw invalid(url, e.getMessage());
            }
        }
        throw invalid(url, "expected file:<path>, classpath:<resource>, ?<properties> (embedded mode) "
                + "or //host:port, https://host:port (remote mode) after " + PREFIX);
    }

    private static URI server(String url, String text) throws SQLException {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null) {
                throw invalid(url, "remote mode needs a host, as in jdbc:multidb://host:8080");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(url, "not a valid server address: " + e.getMessage());
        }
    }

    private static Map<String, String> properties(String url, String query) throws SQLException {
        Map<String, String> properties = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return properties;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw invalid(url, "properties are key=value pairs separated by &, got '" + pair + "'");
            }
            String key = decode(url, pair.substring(0, equals));
            if (properties.put(key, decode(url, pair.substring(equals + 1))) != null) {
                throw invalid(url, "property " + key + " is given twice");
            }
        }
        return properties;
    }

    private static String decode(String url, String text) throws SQLException {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(url, "bad percent-encoding in '" + text + "'");
        }
    }

    /** Names the URL without its query, which may hold a password. */
    private static SQLException invalid(String url, String problem) {
        int query = url.indexOf('?');
        return SqlState.UNABLE_TO_CONNECT.exception("Invalid MultiDB URL " + (query < 0 ? url : url.substring(0, query)) + ": " + problem);
    }
}
