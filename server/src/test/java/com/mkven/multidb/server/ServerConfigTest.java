package com.mkven.multidb.server;

import com.mkven.multidb.query.ContextRoles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {
    private static final String HASH = PasswordHashes.hash("pw".toCharArray(), PasswordHash.MIN_ITERATIONS);
    private static final ServerUser ALICE = ServerUser.withPassword("alice", HASH, ContextRoles.user("admin"));

    @Test
    void defaultsListenOnLoopbackPort8080With1MiBBodies() {
        ServerConfig defaults = ServerConfig.defaults();

        assertThat(defaults).isEqualTo(new ServerConfig(8080, "127.0.0.1", 1 << 20, 16, List.of()));
        assertThat(defaults.authenticates()).isFalse();
        assertThat(defaults.withUsers(List.of(ALICE)).authenticates()).isTrue();
    }

    @Test
    void withoutUsersOnlyLoopbackIsAllowed() {
        assertThat(ServerConfig.defaults().withBindAddress("::1").bindAddress()).isEqualTo("::1");
        assertThatThrownBy(() -> ServerConfig.defaults().withBindAddress("0.0.0.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("configure users");
        assertThat(ServerConfig.defaults().withUsers(List.of(ALICE)).withBindAddress("0.0.0.0").bindAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void outOfRangeSettingsAreRefused() {
        ServerConfig defaults = ServerConfig.defaults();

        assertThatThrownBy(() -> defaults.withPort(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withPort(65_536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxBodyBytes((1 << 20) + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withThreads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBindAddress("no-such-host.invalid")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usersAreUniqueByNameAndToken() {
        String token = TokenHashes.sha256("t");

        assertThatThrownBy(() -> ServerConfig.defaults().withUsers(List.of(ALICE, ALICE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alice");
        assertThatThrownBy(() -> ServerConfig.defaults().withUsers(List.of(ServerUser.withToken("a", token, ContextRoles.user("x")),
                ServerUser.withToken("b", token, ContextRoles.user("x")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(token);
    }

    @Test
    void aUserNeedsAUsableNameAndAWellFormedSecret() {
        ContextRoles roles = ContextRoles.user("admin");

        assertThatThrownBy(() -> ServerUser.withPassword("a:b", HASH, roles)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUser.withPassword(" ", HASH, roles)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerUser("a", Optional.empty(), Optional.empty(), roles)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUser.withPassword("a", "hunter2", roles))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> ServerUser.withToken("a", "ABC", roles)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUser.withToken("a", TokenHashes.sha256("t").toUpperCase(), roles))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserPrintsWithoutItsHashes() {
        assertThat(ALICE.toString()).doesNotContain(HASH).doesNotContain("pbkdf2").contains("alice").contains("password=true");
    }

    @Test
    void theHashToolPrintsAPasswordHashOrANewTokenWithItsHash() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(HashTool.run(new String[] {"token"}, Optional.empty(), stdout, stderr)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        String token = lines[0].substring("token:".length()).strip();
        assertThat(lines[1]).isEqualTo("token hash: " + TokenHashes.sha256(token));
        assertThat(HashTool.run(new String[] {"password"}, Optional.empty(), stdout, stderr)).isEqualTo(1);
        assertThat(HashTool.run(new String[] {}, Optional.empty(), stdout, stderr)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password given").contains("usage: HashTool password | token");
    }
}
