package com.mkven.multidb.query;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Role ids per scope. An omitted scope imposes no restriction; an empty one grants nothing.
 * Roles are unioned within a scope and scopes are intersected.
 */
public record ContextRoles(Optional<List<String>> user, Optional<List<String>> service) {
    public ContextRoles {
        user = requireNonNull(user, "user is null").map(List::copyOf);
        service = requireNonNull(service, "service is null").map(List::copyOf);
    }

    public static ContextRoles user(String... roles) {
        return new ContextRoles(Optional.of(List.of(roles)), Optional.empty());
    }

    public static ContextRoles service(String... roles) {
        return new ContextRoles(Optional.empty(), Optional.of(List.of(roles)));
    }

    public ContextRoles withService(String... roles) {
        return new ContextRoles(user, Optional.of(List.of(roles)));
    }
}
