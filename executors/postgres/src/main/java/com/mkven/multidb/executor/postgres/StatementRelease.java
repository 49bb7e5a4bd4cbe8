package com.mkven.multidb.executor.postgres;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Ends a read: closes the statement (and with it its result set and server-side portal), rolls
 * back the read-only transaction pgjdbc opened for the cursor, and gives the connection back to
 * the pool, or closes it for good. Every step is attempted even when an earlier one fails, so a
 * broken connection still reaches the pool, which evicts it.
 */
final class StatementRelease {
    private StatementRelease() {}

    /** @return the first failure, with later ones suppressed */
    static Optional<SQLException> release(Connection connection, Optional<? extends Statement> statement) {
        SQLException failure = null;
        if (statement.isPresent()) {
            failure = attempt(statement.get()::close, failure);
        }
        failure = attempt(connection::rollback, failure);
        failure = attempt(connection::close, failure);
        return Optional.ofNullable(failure);
    }

    /** Closes the statement and the physical connection instead of pooling it. */
    static Optional<SQLException> discard(HikariDataSource pool, Connection connection, Statement statement) {
        SQLException failure = attempt(statement::close, null);
        pool.evictConnection(connection);
        return Optional.ofNullable(failure);
    }

    /** Releases after a failure that is being reported: what goes wrong while releasing is attached to it. */
    static void releaseAfter(Throwable reported, Connection connection, Optional<? extends Statement> statement) {
        release(connection, statement).ifPresent(reported::addSuppressed);
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static SQLException attempt(Step step, SQLException failure) {
        try {
            step.run();
            return failure;
        } catch (SQLException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }
}
