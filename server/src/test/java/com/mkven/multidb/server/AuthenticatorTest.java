package com.mkven.multidb.server;

import com.mkven.multidb.error.AuthException;
import com.mkven.multidb.query.ContextRoles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticatorTest {
    private static final ContextRoles ALICE_ROLES = ContextRoles.user("tenant-user");
    private static final ContextRoles CI_ROLES = ContextRoles.service("orders-service");
    private final Authenticator authenticator = new Authenticator(List.of(
            ServerUser.withPassword("alice", PasswordHashes.hash("pw".toCharArray(), PasswordHash.MIN_ITERATIONS), ALICE_ROLES),
            ServerUser.withToken("ci", TokenHashes.sha256("tok"), CI_ROLES),
            new ServerUser("both", Optional.of(PasswordHashes.hash("pw2".toCharArray(), PasswordHash.MIN_ITERATIONS)),
                    Optional.of(TokenHashes.sha256("tok2")), ContextRoles.user("admin"))));

    private static Optional<String> basic(String credentials) {
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void basicAndBearerFindTheUserAndTheirGrant() {
        assertThat(authenticator.authenticate(basic("alice:pw"))).isEqualTo(new Caller("alice", Optional.of(ALICE_ROLES)));
        assertThat(authenticator.authenticate(Optional.of("Bearer tok"))).isEqualTo(new Caller("ci", Optional.of(CI_ROLES)));
        assertThat(authenticator.authenticate(Optional.of("bearer   tok2 "))).extracting(Caller::name).isEqualTo("both");
        assertThat(authenticator.authenticate(basic("both:pw2"))).extracting(Caller::name).isEqualTo("both");
    }

    @Test
    void aRememberedPasswordStillRefusesAnotherOne() {
        authenticator.authenticate(basic("alice:pw"));

        assertThat(authenticator.authenticate(basic("alice:pw")).name()).isEqualTo("alice");
        assertThatThrownBy(() -> authenticator.authenticate(basic("alice:pw!"))).isInstanceOf(AuthException.class);
    }

    @Test
    void aPasswordContainingAColonIsSplitAtTheFirstOne() {
        Authenticator colon = new Authenticator(List.of(ServerUser.withPassword("bob",
                PasswordHashes.hash("a:b".toCharArray(), PasswordHash.MIN_ITERATIONS), ALICE_ROLES)));

        assertThat(colon.authenticate(basic("bob:a:b")).name()).isEqualTo("bob");
    }

    @Test
    void everyWrongCredentialIsTheSameUnauthenticated() {
        List<Optional<String>> wrong = List.of(Optional.empty(), Optional.of(""), Optional.of("Basic"), basic("alice:nope"),
                basic("nobody:pw"), basic("ci:tok"), basic("alice"), Optional.of("Basic %%%"), Optional.of("Bearer nope"),
                Optional.of("Bearer"), Optional.of("Token tok"), Optional.of("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', 'x'})));

        for (Optional<String> header : wrong) {
            assertThatThrownBy(() -> authenticator.authenticate(header)).as(header.orElse("(none)"))
                    .isInstanceOfSatisfying(AuthException.class, e -> {
                        assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
                        assertThat(e.getMessage()).isIn("Invalid credentials", "Missing credentials: use HTTP Basic or Authorization: Bearer");
                    });
        }
    }

    @Test
    void withoutUsersEveryoneIsAnonymousWithoutAGrant() {
        assertThat(new Authenticator(List.of()).authenticate(Optional.empty())).isEqualTo(Caller.anonymous());
        assertThat(Caller.anonymous().grant()).isEmpty();
    }
}
