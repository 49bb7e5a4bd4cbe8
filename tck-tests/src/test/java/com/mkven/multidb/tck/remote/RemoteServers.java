package com.mkven.multidb.tck.remote;

import com.mkven.multidb.query.ContextRoles;
import com.mkven.multidb.server.MultiDbServer;
import com.mkven.multidb.server.PasswordHashes;
import com.mkven.multidb.server.ServerConfig;
import com.mkven.multidb.server.ServerUser;
import com.mkven.multidb.server.TokenHashes;
import com.mkven.multidb.tck.contract.ContractFixture;

import java.util.List;

/** Servers over the contract's configuration with two users: alice (password) and billing (token). */
final class RemoteServers {
    static final String PASSWORD = "correct horse battery staple";
    static final String TOKEN = TokenHashes.newToken();
    /** Alice may act as tenant-user and regional-manager. */
    static final ContextRoles ALICE = ContextRoles.user("tenant-user", "regional-manager");
    /** Billing acts for the orders service. */
    static final ContextRoles BILLING = ContextRoles.service("orders-service");
    /** The least a hash may cost: the tests are about the driver, not about PBKDF2. */
    private static final int ITERATIONS = 10_000;

    private RemoteServers() {}

    static MultiDbServer withUsers() {
        ContractFixture.seed();
        return new MultiDbServer(ContractFixture.engine(), ServerConfig.defaults().withPort(0).withUsers(List.of(
                ServerUser.withPassword("alice", PasswordHashes.hash(PASSWORD.toCharArray(), ITERATIONS), ALICE),
                ServerUser.withToken("billing", TokenHashes.sha256(TOKEN), BILLING)))).start();
    }

    static String url(MultiDbServer server) {
        return "jdbc:multidb://127.0.0.1:" + server.port();
    }
}
