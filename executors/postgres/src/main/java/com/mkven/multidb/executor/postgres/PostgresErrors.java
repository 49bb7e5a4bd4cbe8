package com.mkven.multidb.executor.postgres;

import com.mkven.multidb.spi.ExecutorException;
import com.mkven.multidb.spi.ExecutorTimeoutException;

import java.sql.SQLException;
import java.util.Optional;

/** Turns pgjdbc and HikariCP failures into the SPI's exceptions, keeping the SQLState. */
final class PostgresErrors {
    /** {@code query_canceled}: both a fired {@code statement_timeout} and a cancel request end with it. */
    static final String QUERY_CANCELED = "57014";

    private PostgresErrors() {}

    /**
     * A failed statement. {@code 57014} is the time limit firing when the statement ran under
     * one and the cursor was not cancelled by its reader; PostgreSQL gives a cancel request the
     * same SQLState, and its message text depends on the server's locale.
     */
    static ExecutorException statementFailed(SQLException e, Optional<Long> timeoutMs, boolean cancelledByReader) {
        Optional<String> sqlState = sqlState(e);
        if (!cancelledByReader && timeoutMs.isPresent() && sqlState.filter(QUERY_CANCELED::equals).isPresent()) {
            return new ExecutorTimeoutException(timeoutMs.get(), e, sqlState, Optional.empty());
        }
        return new ExecutorException(message(e), e, sqlState, Optional.empty());
    }

    /** A statement cancelled before it was sent: reported like one the server cancelled. */
    static ExecutorException cancelledBeforeStart() {
        return new ExecutorException("statement was cancelled before it started", null, Optional.of(QUERY_CANCELED), Optional.empty());
    }

    /** The pool could not hand out a connection in time: the message says why (HikariCP puts the driver's reason in the cause). */
    static ExecutorException connectionUnavailable(SQLException e, long connectTimeoutMs) {
        Throwable reason = e.getCause() != null ? e.getCause() : e;
        return new ExecutorException(
                "no PostgreSQL connection within %d ms: %s".formatted(connectTimeoutMs, message(reason)), e, sqlState(e), Optional.empty());
    }

    /**
     * The connection died under the statement (the server restarted, the backend was terminated):
     * class 08 (connection exception) and the 57P0x operator interventions, the codes HikariCP
     * itself evicts a connection for.
     */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /** The first SQLState on the cause chain: HikariCP's timeout carries none of its own when the driver's does. */
    private static Optional<String> sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }
}
