package com.mkven.multidb.server.cli;

import java.sql.SQLException;

/** How the {@code multidb} command ends; scripts branch on these. */
public enum ExitCode {
    /** Everything ran as asked. */
    OK(0),
    /** The query was refused or failed: validation, access, planning, a database error. */
    QUERY_ERROR(1),
    /** The command line is wrong: unknown command or option, missing or extra argument. */
    USAGE_ERROR(2),
    /** The engine could not start: bad URL or config file, unknown roles, a database out of reach. */
    CONNECTION_ERROR(3);

    private static final String CONNECTION_CLASS = "08";

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The outcome of a statement that failed: connection-class SQLStates ({@code 08…}) are not the query's fault. */
    static ExitCode ofStatementFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith(CONNECTION_CLASS) ? CONNECTION_ERROR : QUERY_ERROR;
    }
}
