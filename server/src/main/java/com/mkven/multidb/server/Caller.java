package com.mkven.multidb.server;

import com.mkven.multidb.query.ContextRoles;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who sent a request. {@code grant} is empty only when the server authenticates nobody: then the request's own roles
 * decide, as in the unauthenticated contract of runtime.md §10.
 */
record Caller(String name, Optional<ContextRoles> grant) {
    Caller {
        requireNonNull(name, "name is null");
        requireNonNull(grant, "grant is null");
    }

    static Caller anonymous() {
        return new Caller("anonymous", Optional.empty());
    }
}
