package com.mkven.multidb.server;

import com.mkven.multidb.error.AuthException;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roles a request runs with: the caller's grant, narrowed by the roles the request names (jdbc.md "Remote mode":
 * a client can narrow its roles, never widen them). A scope the request leaves out takes the whole grant of that
 * scope; a role named in a scope must be granted in that same scope, or the request is {@code FORBIDDEN}.
 */
final class RoleNarrowing {
    private RoleNarrowing() {}

    /** @throws AuthException {@code FORBIDDEN} naming every refused role */
    static ExecutionContext narrow(Caller caller, ExecutionContext requested) {
        if (caller.grant().isEmpty()) {
            return requested;
        }
        ContextRoles grant = caller.grant().get();
        ContextRoles asked = requested.roles();
        List<String> refusedUser = refused(asked.user(), grant.user());
        List<String> refusedService = refused(asked.service(), grant.service());
        if (!refusedUser.isEmpty() || !refusedService.isEmpty()) {
            throw AuthException.forbidden(refusedUser, refusedService);
        }
        return new ExecutionContext(new ContextRoles(asked.user().or(grant::user), asked.service().or(grant::service)));
    }

    private static List<String> refused(Optional<List<String>> asked, Optional<List<String>> granted) {
        List<String> refused = new ArrayList<>();
        for (String role : asked.orElse(List.of())) {
            if ((granted.isEmpty() || !granted.get().contains(role)) && !refused.contains(role)) {
                refused.add(role);
            }
        }
        return refused;
    }
}
