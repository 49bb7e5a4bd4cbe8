package com.mkven.multidb.jdbc;

import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.Freshness;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The connection properties of one connection, parsed. Built only from values {@link ConnectionProperty#resolve}
 * already checked, so parsing here cannot fail.
 *
 * @param roles the requested scopes; a scope is absent when its property was not given
 * @param queryTimeoutSeconds 0 for none
 */
record ConnectionSettings(
        ContextRoles roles,
        Optional<Freshness> freshness,
        boolean debug,
        Optional<String> user,
        Optional<String> password,
        int queryTimeoutSeconds,
        ZoneId timeZone) {
    ConnectionSettings {
        requireNonNull(roles, "roles is null");
        requireNonNull(freshness, "freshness is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        if (queryTimeoutSeconds < 0) {
            throw new IllegalArgumentException("queryTimeoutSeconds must not be negative: " + queryTimeoutSeconds);
        }
        requireNonNull(timeZone, "timeZone is null");
    }

    static ConnectionSettings of(Map<ConnectionProperty, String> values) {
        return new ConnectionSettings(
                new ContextRoles(roleList(values.get(ConnectionProperty.ROLES)), roleList(values.get(ConnectionProperty.SERVICE_ROLES))),
                Optional.ofNullable(values.get(ConnectionProperty.FRESHNESS)).map(ConnectionSettings::freshness),
                Boolean.parseBoolean(value(values, ConnectionProperty.DEBUG)),
                Optional.ofNullable(values.get(ConnectionProperty.USER)),
                Optional.ofNullable(values.get(ConnectionProperty.PASSWORD)),
                Integer.parseInt(value(values, ConnectionProperty.QUERY_TIMEOUT).trim()),
                ZoneId.of(value(values, ConnectionProperty.TIME_ZONE).trim()));
    }

    private static String value(Map<ConnectionProperty, String> values, ConnectionProperty property) {
        String value = values.get(property);
        return value != null ? value : property.defaultValue().orElseThrow();
    }

    private static Optional<List<String>> roleList(String value) {
        if (value == null) {
            return Optional.empty();
        }
        List<String> roles = new ArrayList<>();
        if (!value.isEmpty()) {
            for (String role : value.split(",")) {
                roles.add(role.trim());
            }
        }
        return Optional.of(roles);
    }

    private static Freshness freshness(String value) {
        for (Freshness freshness : Freshness.values()) {
            if (freshness.wireName().equals(value)) {
                return freshness;
            }
        }
        throw new IllegalArgumentException("unchecked freshness " + value);
    }
}
