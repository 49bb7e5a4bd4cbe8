package com.mkven.multidb.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mkven.multidb.json.MultiDbJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthExceptionTest {
    @Test
    void unauthenticatedIsA401WithoutDetails() {
        AuthException error = AuthException.unauthenticated("Invalid credentials");

        assertThat(error.httpStatus()).isEqualTo(401);
        assertThat(MultiDbJson.write(error.toJson()))
                .isEqualTo("{\"name\":\"AuthenticationError\",\"code\":\"UNAUTHENTICATED\",\"message\":\"Invalid credentials\"}");
    }

    @Test
    void forbiddenNamesTheRefusedRolesOfEachScope() {
        AuthException error = AuthException.forbidden(List.of("admin"), List.of("full-service", "orders-service"));

        assertThat(error.httpStatus()).isEqualTo(403);
        assertThat(error.getMessage()).isEqualTo("Roles not granted: user [admin]; service [full-service, orders-service]");
        assertThat(MultiDbJson.write(error.toJson())).isEqualTo("{\"name\":\"AuthorizationError\",\"code\":\"FORBIDDEN\","
                + "\"message\":\"Roles not granted: user [admin]; service [full-service, orders-service]\","
                + "\"details\":{\"user\":[\"admin\"],\"service\":[\"full-service\",\"orders-service\"]}}");
    }

    @Test
    void bothCodesSurviveToJsonAndFromJson() {
        for (AuthException error : List.of(AuthException.unauthenticated("Missing credentials"),
                AuthException.forbidden(List.of(), List.of("full-service")))) {
            MultiDbException rebuilt = MultiDbException.fromJson(error.toJson());

            assertThat(rebuilt).isInstanceOf(AuthException.class).hasMessage(error.getMessage());
            assertThat(rebuilt.code()).isEqualTo(error.code());
            assertThat(((AuthException) rebuilt).refusedServiceRoles()).isEqualTo(error.refusedServiceRoles());
            assertThat(rebuilt.toJson()).isEqualTo(error.toJson());
        }
    }

    @Test
    void forbiddenWithoutARefusedRoleIsAProgrammingError() {
        assertThatThrownBy(() -> AuthException.forbidden(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServerCodesCannotBeUsedAsUnknownCodes() {
        assertThatThrownBy(() -> new MultiDbException("FORBIDDEN", "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AuthorizationError");
    }
}
