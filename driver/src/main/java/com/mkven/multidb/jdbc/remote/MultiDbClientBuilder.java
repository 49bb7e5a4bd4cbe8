package com.mkven.multidb.jdbc.remote;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.validation.ConfigValidator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/** Configures a {@link MultiDbClient}; {@link #build()} checks everything once. */
public final class MultiDbClientBuilder {
    /** The spec's default per-request timeout (runtime.md §11). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final String AUTHORIZATION = "Authorization";

    private final URI baseUri;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Optional<String> authorization = Optional.empty();
    private Duration timeout = DEFAULT_TIMEOUT;
    private Optional<HttpTransport> transport = Optional.empty();
    private Optional<MetadataConfig> localMetadata = Optional.empty();
    private List<RoleMeta> localRoles = List.of();

    MultiDbClientBuilder(URI baseUri) {
        this.baseUri = baseUri(baseUri);
    }

    /** Headers sent on every request, e.g. a tracing id; {@code Authorization} is better set by the methods below. */
    public MultiDbClientBuilder headers(Map<String, String> headers) {
        requireNonNull(headers, "headers is null").forEach((name, value) ->
                this.headers.put(requireNonNull(name, "header name is null"), requireNonNull(value, "header value is null")));
        return this;
    }

    /** HTTP Basic authentication as {@code user}. */
    public MultiDbClientBuilder credentials(String user, String password) {
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        if (user.contains(":")) {
            throw new IllegalArgumentException("a user name for HTTP Basic authentication cannot contain ':'");
        }
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.authorization = Optional.of("Basic " + token);
        return this;
    }

    /** {@code Authorization: Bearer <token>}. */
    public MultiDbClientBuilder bearerToken(String token) {
        requireNonNull(token, "token is null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token is blank");
        }
        this.authorization = Optional.of("Bearer " + token);
        return this;
    }

    /** Per request, answer included; default 30 s. */
    public MultiDbClientBuilder timeout(Duration timeout) {
        requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /** Replaces the network (tests, or an application's own HTTP stack); default {@link HttpTransport#jdk}. */
    public MultiDbClientBuilder transport(HttpTransport transport) {
        this.transport = Optional.of(requireNonNull(transport, "transport is null"));
        return this;
    }

    /**
     * Validates every query locally against this configuration before sending it, so an invalid one fails without a
     * request (runtime.md §11 {@code validateBeforeSend}). The configuration should be the server's.
     */
    public MultiDbClientBuilder validateBeforeSend(MetadataConfig metadata, List<RoleMeta> roles) {
        this.localMetadata = Optional.of(requireNonNull(metadata, "metadata is null"));
        this.localRoles = List.copyOf(requireNonNull(roles, "roles is null"));
        return this;
    }

    /**
     * @throws ConfigException if the configuration given to {@link #validateBeforeSend} is invalid
     * @throws IllegalStateException if {@code Authorization} is both in the headers and set by credentials or token
     */
    public MultiDbClient build() {
        Map<String, String> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.put("Accept", "application/json");
        sent.put("Content-Type", "application/json");
        sent.putAll(headers);
        if (authorization.isPresent()) {
            if (headers.containsKey(AUTHORIZATION)) {
                throw new IllegalStateException("Authorization is set both as a header and by credentials or bearerToken");
            }
            sent.put(AUTHORIZATION, authorization.get());
        }
        Optional<MetadataIndex> index = Optional.empty();
        if (localMetadata.isPresent()) {
            Optional<ConfigException> invalid = ConfigValidator.validateConfig(localMetadata.get(), localRoles);
            if (invalid.isPresent()) {
                throw invalid.get();
            }
            index = Optional.of(new MetadataIndex(localMetadata.get(), localRoles));
        }
        return new MultiDbClient(baseUri, sent, timeout, transport.orElseGet(() -> HttpTransport.jdk(timeout)), index);
    }

    private static URI baseUri(URI uri) {
        requireNonNull(uri, "baseUri is null");
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("baseUri must be an http or https URI: " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            // error messages name the URL; credentials in it would end up in logs
            throw new IllegalArgumentException("baseUri must not carry credentials; use credentials() or bearerToken()");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUri must not have a query or fragment: " + uri);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
