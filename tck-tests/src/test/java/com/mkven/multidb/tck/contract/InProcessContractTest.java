package com.mkven.multidb.tck.contract;

import com.mkven.multidb.engine.MultiDb;

/** The contract on the Java API: {@code MultiDb.query} in this JVM. */
class InProcessContractTest extends QueryContractSuite {
    private MultiDb engine;

    @Override
    protected QueryContract start() {
        engine = ContractFixture.engine();
        return engine::query;
    }

    @Override
    protected void stop() {
        engine.close();
    }
}
