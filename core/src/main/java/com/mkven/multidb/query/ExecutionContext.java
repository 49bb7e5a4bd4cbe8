package com.mkven.multidb.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import static java.util.Objects.requireNonNull;

/** Who is asking: the roles of the request, by scope. */
public record ExecutionContext(@JsonProperty(required = true) ContextRoles roles) {
    public ExecutionContext {
        requireNonNull(roles, "roles is null");
    }

    public static ExecutionContext ofUserRoles(String... roles) {
        return new ExecutionContext(ContextRoles.user(roles));
    }
}
