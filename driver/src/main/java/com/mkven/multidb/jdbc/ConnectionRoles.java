package com.mkven.multidb.jdbc;

import com.mkven.multidb.engine.MetadataSnapshot;
import com.mkven.multidb.query.ContextRoles;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The roles a connection queries with (decisions.md §1): those it names (either scope, or both), else the config
 * file's {@code defaultRoles}; a connection with neither is refused, and so is one naming a role id the
 * configuration does not define — at connect time, rather than on every query.
 */
final class ConnectionRoles {
    private ConnectionRoles() {}

    /** @throws SQLException {@code 28000} when no roles are given or one is unknown */
    static ContextRoles choose(ContextRoles requested, Optional<ContextRoles> defaults, MetadataSnapshot snapshot) throws SQLException {
        ContextRoles roles;
        if (requested.user().isPresent() || requested.service().isPresent()) {
            roles = requested;
        } else if (defaults.isPresent()) {
            roles = defaults.get();
        } else {
            throw SqlState.INVALID_AUTHORIZATION_SPECIFICATION.exception(
                    "No roles: give the connection property roles or serviceRoles (or defaultRoles in the config file)");
        }
        List<String> unknown = new ArrayList<>();
        unknownIn(roles.user(), snapshot, unknown);
        unknownIn(roles.service(), snapshot, unknown);
        if (!unknown.isEmpty()) {
            throw SqlState.INVALID_AUTHORIZATION_SPECIFICATION.exception("UNKNOWN_ROLE: unknown role%s %s; defined roles: %s".formatted(
                    unknown.size() == 1 ? "" : "s", String.join(", ", unknown), String.join(", ", new TreeSet<>(snapshot.index().rolesById().keySet()))));
        }
        return roles;
    }

    private static void unknownIn(Optional<List<String>> scope, MetadataSnapshot snapshot, List<String> unknown) {
        for (String role : scope.orElse(List.of())) {
            if (!snapshot.index().rolesById().containsKey(role) && !unknown.contains(role)) {
                unknown.add(role);
            }
        }
    }
}
