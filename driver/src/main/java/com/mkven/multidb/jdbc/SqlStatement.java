package com.mkven.multidb.jdbc;

import com.mkven.multidb.query.QueryDefinition;

import java.sql.SQLException;
import java.util.List;

/**
 * Statement text that is not JSON. This build has no SQL translation, so SQL text is refused up front with a message
 * that says what to send instead.
 */
final class SqlStatement implements ParsedStatement {
    private SqlStatement() {}

    static SqlStatement parse(String text) throws SQLException {
        throw SqlState.FEATURE_NOT_SUPPORTED.exception(
                "SQL statements are not available in this build: send a JSON query definition (text starting with {)");
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public QueryDefinition definition(List<Object> parameters, StatementScope scope) {
        throw new IllegalStateException("never parsed");
    }
}
