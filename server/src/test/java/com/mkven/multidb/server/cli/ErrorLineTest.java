package com.mkven.multidb.server.cli;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorLineTest {
    @Test
    void startsWithTheSqlStateThenTheMessage() {
        assertThat(ErrorLine.of(new SQLSyntaxErrorException("ACCESS_DENIED: no\n", "42501")))
                .isEqualTo("ERROR 42501 ACCESS_DENIED: no");
    }

    @Test
    void anExceptionWithoutSqlStateReportsTheGeneralError() {
        assertThat(ErrorLine.of(new SQLException("boom"))).isEqualTo("ERROR HY000 boom");
        assertThat(ErrorLine.of(new SQLException())).isEqualTo("ERROR HY000 SQLException");
    }

    @Test
    void connectionClassStatesAreConnectionErrorsAndTheRestQueryErrors() {
        assertThat(ExitCode.ofStatementFailure(new SQLException("lost", "08006"))).isEqualTo(ExitCode.CONNECTION_ERROR);
        assertThat(ExitCode.ofStatementFailure(new SQLException("bad", "42000"))).isEqualTo(ExitCode.QUERY_ERROR);
        assertThat(ExitCode.ofStatementFailure(new SQLException("no state"))).isEqualTo(ExitCode.QUERY_ERROR);
    }
}
