package com.mkven.multidb.jdbc.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.query.ContextRoles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The embedded-mode config file (jdbc.md "Config file"):
 * {@code { "metadata", "roles", "executors", "caches", "defaultRoles", "validateConnections" }}.
 *
 * @param executors keyed by {@code DatabaseMeta.id} (or {@code trino}); omitted means none, so only
 *         {@code sql-only} queries can run
 * @param caches keyed by {@code CacheMeta.id}
 * @param defaultRoles the roles of a connection that names neither {@code roles} nor {@code serviceRoles}, in the
 *         shape of an execution context's roles: {@code {"user": [...], "service": [...]}}, an omitted scope imposing
 *         no restriction; without it such a connection is refused (decisions.md §1)
 * @param validateConnections ping every executor and cache when the engine starts (default {@code true}); off lets
 *         a GUI tool connect while a database is down
 */
public record MultiDbConfigFile(
        @JsonProperty(required = true) MetadataConfig metadata,
        @JsonProperty(required = true) List<RoleMeta> roles,
        Map<String, BackendEntry> executors,
        Map<String, BackendEntry> caches,
        Optional<ContextRoles> defaultRoles,
        Optional<Boolean> validateConnections) {
    public MultiDbConfigFile {
        requireNonNull(metadata, "metadata is null");
        roles = List.copyOf(requireNonNull(roles, "roles is null"));
        executors = ordered(executors);
        caches = ordered(caches);
        requireNonNull(defaultRoles, "defaultRoles is null");
        requireNonNull(validateConnections, "validateConnections is null");
        defaultRoles.ifPresent(given -> {
            if (given.user().isEmpty() && given.service().isEmpty()) {
                throw new IllegalArgumentException("defaultRoles must name user or service roles (decisions.md §1: roles must be given)");
            }
        });
    }

    private static Map<String, BackendEntry> ordered(Map<String, BackendEntry> entries) {
        return entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
