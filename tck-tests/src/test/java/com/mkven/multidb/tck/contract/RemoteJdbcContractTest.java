package com.mkven.multidb.tck.contract;

import com.mkven.multidb.server.MultiDbServer;

import java.time.Duration;

/** The contract through the JDBC driver in remote mode: {@code jdbc:multidb://127.0.0.1:<port>} to a MultiDbServer. */
class RemoteJdbcContractTest extends QueryContractSuite {
    private MultiDbServer server;
    private JdbcQueryContract jdbc;

    @Override
    protected QueryContract start() {
        server = ContractFixture.server();
        jdbc = new JdbcQueryContract("jdbc:multidb://127.0.0.1:" + server.port());
        return jdbc;
    }

    @Override
    protected void stop() throws Exception {
        try {
            jdbc.close();
        } finally {
            server.stop(Duration.ZERO);
        }
    }
}
