package com.mkven.multidb.jdbc;

import com.mkven.multidb.query.QueryDefinition;

import java.sql.SQLException;
import java.util.List;

/**
 * Statement text parsed once and cached by its text (jdbc.md "Statements"): a JSON query definition or a SQL
 * statement of the subset, turned into a {@link QueryDefinition} each time it runs with its bound values.
 */
interface ParsedStatement {
    /** The number of {@code ?} markers. */
    int parameterCount();

    /**
     * @param parameters one value of the driver's value types (or {@code null}) per marker
     * @throws SQLException {@code 42000} and friends when the text is not a valid query
     */
    QueryDefinition definition(List<Object> parameters, StatementScope scope) throws SQLException;
}
