package com.mkven.multidb.server;

import com.mkven.multidb.query.ContextRoles;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Someone allowed to call the server: a name, a password hash ({@link PasswordHashes}) for HTTP Basic and/or a token
 * hash ({@link TokenHashes}) for {@code Authorization: Bearer}, and the roles granted per scope. A request's
 * {@code context.roles} may only narrow the grant: every role it names in a scope must be granted in that scope, and a
 * scope it leaves out means every role granted in that scope (an omitted scope in the grant stays unrestricted, as in
 * an {@code ExecutionContext}).
 */
public record ServerUser(String name, Optional<String> passwordHash, Optional<String> tokenHash, ContextRoles roles) {
    public ServerUser {
        requireNonNull(name, "name is null");
        requireNonNull(passwordHash, "passwordHash is null");
        requireNonNull(tokenHash, "tokenHash is null");
        requireNonNull(roles, "roles is null");
        if (name.isBlank() || name.contains(":")) {
            throw new IllegalArgumentException("a user name is not blank and has no ':' (HTTP Basic splits there)");
        }
        if (passwordHash.isEmpty() && tokenHash.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " needs a password hash or a token hash");
        }
        passwordHash.ifPresent(PasswordHash::parse);
        if (tokenHash.isPresent() && !TokenHashes.isHash(tokenHash.get())) {
            throw new IllegalArgumentException("the token hash of user " + name + " is not 64 lower-case hex digits");
        }
    }

    public static ServerUser withPassword(String name, String passwordHash, ContextRoles roles) {
        return new ServerUser(name, Optional.of(passwordHash), Optional.empty(), roles);
    }

    public static ServerUser withToken(String name, String tokenHash, ContextRoles roles) {
        return new ServerUser(name, Optional.empty(), Optional.of(tokenHash), roles);
    }

    /** Without the hashes: a configuration printed to a log should not hand them out. */
    @Override
    public String toString() {
        return "ServerUser[name=" + name + ", password=" + passwordHash.isPresent() + ", token=" + tokenHash.isPresent()
                + ", roles=" + roles + "]";
    }
}
