package com.mkven.multidb.tck.contract;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract through the JDBC driver in embedded mode: {@code jdbc:multidb:file:<config>}. */
class EmbeddedJdbcContractTest extends QueryContractSuite {
    /** Static, so it exists before the class-level start. */
    @TempDir
    static Path folder;
    private JdbcQueryContract jdbc;

    @Override
    protected QueryContract start() {
        jdbc = new JdbcQueryContract("jdbc:multidb:file:" + ContractFixture.configFile(folder));
        return jdbc;
    }

    @Override
    protected void stop() throws Exception {
        jdbc.close();
    }
}
