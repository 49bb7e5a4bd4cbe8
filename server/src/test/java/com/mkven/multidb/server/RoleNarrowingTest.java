package com.mkven.multidb.server;

import com.mkven.multidb.error.AuthException;
import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.query.ExecutionContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleNarrowingTest {
    private static final Caller ALICE = new Caller("alice", Optional.of(
            new ContextRoles(Optional.of(List.of("tenant-user", "regional-manager")), Optional.of(List.of("orders-service")))));
    private static final Caller USER_ONLY = new Caller("bob", Optional.of(ContextRoles.user("tenant-user")));

    private static ExecutionContext context(Optional<List<String>> user, Optional<List<String>> service) {
        return new ExecutionContext(new ContextRoles(user, service));
    }

    @Test
    void anOmittedScopeTakesTheWholeGrantOfThatScope() {
        assertThat(RoleNarrowing.narrow(ALICE, context(Optional.empty(), Optional.empty())).roles())
                .isEqualTo(ALICE.grant().get());
        assertThat(RoleNarrowing.narrow(ALICE, context(Optional.of(List.of("tenant-user")), Optional.empty())).roles())
                .isEqualTo(new ContextRoles(Optional.of(List.of("tenant-user")), Optional.of(List.of("orders-service"))));
    }

    @Test
    void aNamedScopeNarrowsEvenToNothing() {
        assertThat(RoleNarrowing.narrow(ALICE, context(Optional.of(List.of()), Optional.of(List.of("orders-service")))).roles())
                .isEqualTo(new ContextRoles(Optional.of(List.of()), Optional.of(List.of("orders-service"))));
    }

    @Test
    void aScopeTheGrantLeavesOutStaysUnrestrictedButCannotBeNamed() {
        assertThat(RoleNarrowing.narrow(USER_ONLY, context(Optional.empty(), Optional.empty())).roles())
                .isEqualTo(ContextRoles.user("tenant-user"));
        assertThatThrownBy(() -> RoleNarrowing.narrow(USER_ONLY, context(Optional.empty(), Optional.of(List.of("orders-service")))))
                .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.refusedServiceRoles()).containsExactly("orders-service"));
    }

    @Test
    void everyRoleNotGrantedInItsScopeIsNamedOnce() {
        assertThatThrownBy(() -> RoleNarrowing.narrow(ALICE, context(Optional.of(List.of("admin", "tenant-user", "admin", "orders-service")),
                Optional.of(List.of("tenant-user")))))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.code()).isEqualTo("FORBIDDEN");
                    assertThat(e.refusedUserRoles()).containsExactly("admin", "orders-service");
                    assertThat(e.refusedServiceRoles()).containsExactly("tenant-user");
                });
    }

    @Test
    void anAnonymousCallerKeepsTheRolesItAskedFor() {
        ExecutionContext asked = ExecutionContext.ofUserRoles("admin");

        assertThat(RoleNarrowing.narrow(Caller.anonymous(), asked)).isSameAs(asked);
    }
}
