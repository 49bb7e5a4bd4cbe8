package com.mkven.multidb.tck.contract;

import com.mkven.multidb.jdbc.remote.MultiDbClient;
import com.mkven.multidb.server.MultiDbServer;

import java.time.Duration;

/** The contract over HTTP (runtime.md §11): {@code MultiDbClient} against a {@code MultiDbServer} on loopback. */
class HttpClientContractTest extends QueryContractSuite {
    private MultiDbServer server;

    @Override
    protected QueryContract start() {
        server = ContractFixture.server();
        return MultiDbClient.builder(server.baseUri()).build()::query;
    }

    @Override
    protected void stop() {
        server.stop(Duration.ZERO);
    }
}
