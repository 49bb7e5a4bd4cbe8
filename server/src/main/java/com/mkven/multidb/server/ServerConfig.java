package com.mkven.multidb.server;

import com.mkven.multidb.json.JsonLimits;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * How a {@link MultiDbServer} listens and whom it lets in; checked once, immutable after.
 *
 * @param port 0 picks a free port ({@link MultiDbServer#port()} tells which)
 * @param bindAddress the interface to listen on; default loopback only
 * @param maxBodyBytes larger request bodies are refused with 413 before they are read; at most the JSON codec's own
 *         document limit ({@link JsonLimits#MAX_DOCUMENT_CHARS})
 * @param threads requests served at once; more wait in line
 * @param users who may call; empty means no authentication, allowed only on a loopback address
 */
public record ServerConfig(int port, String bindAddress, int maxBodyBytes, int threads, List<ServerUser> users) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final int DEFAULT_THREADS = 16;

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        requireNonNull(bindAddress, "bindAddress is null");
        if (maxBodyBytes < 1 || maxBodyBytes > JsonLimits.MAX_DOCUMENT_CHARS) {
            throw new IllegalArgumentException("maxBodyBytes must be 1-" + JsonLimits.MAX_DOCUMENT_CHARS + ": " + maxBodyBytes);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        users = List.copyOf(requireNonNull(users, "users is null"));
        Set<String> names = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (ServerUser user : users) {
            if (!names.add(user.name())) {
                throw new IllegalArgumentException("user " + user.name() + " is configured twice");
            }
            if (user.tokenHash().isPresent() && !tokens.add(user.tokenHash().get())) {
                throw new IllegalArgumentException("two users have the same token");
            }
        }
        if (users.isEmpty() && !isLoopback(bindAddress)) {
            throw new IllegalArgumentException("a server listening on " + bindAddress
                    + " is reachable from other hosts: configure users (no authentication is allowed on loopback only)");
        }
    }

    /** Port 8080 on 127.0.0.1, 1 MiB bodies, 16 threads, no users. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, DEFAULT_BIND_ADDRESS, DEFAULT_MAX_BODY_BYTES, DEFAULT_THREADS, List.of());
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(port, bindAddress, maxBodyBytes, threads, users);
    }

    public ServerConfig withBindAddress(String bindAddress) {
        return new ServerConfig(port, bindAddress, maxBodyBytes, threads, users);
    }

    public ServerConfig withMaxBodyBytes(int maxBodyBytes) {
        return new ServerConfig(port, bindAddress, maxBodyBytes, threads, users);
    }

    public ServerConfig withThreads(int threads) {
        return new ServerConfig(port, bindAddress, maxBodyBytes, threads, users);
    }

    public ServerConfig withUsers(List<ServerUser> users) {
        return new ServerConfig(port, bindAddress, maxBodyBytes, threads, users);
    }

    /** Whether requests are authenticated at all. */
    public boolean authenticates() {
        return !users.isEmpty();
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bindAddress " + address + " does not resolve", e);
        }
    }
}
