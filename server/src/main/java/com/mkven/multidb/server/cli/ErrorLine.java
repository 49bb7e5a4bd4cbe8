package com.mkven.multidb.server.cli;

import java.sql.SQLException;

/**
 * How the command reports a failed statement: {@code ERROR <SQLState> <message>}, the message as the driver words
 * it (its error code first, then every collected error), so scripts can grep for the SQLState.
 */
final class ErrorLine {
    /** JDBC's general error, for the rare exception that carries no SQLState. */
    private static final String GENERAL_ERROR = "HY000";

    private ErrorLine() {}

    static String of(SQLException e) {
        String state = e.getSQLState() == null ? GENERAL_ERROR : e.getSQLState();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "ERROR " + state + " " + message.strip();
    }
}
