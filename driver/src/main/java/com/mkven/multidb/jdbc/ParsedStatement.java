package com.mkven.multidb.jdbc;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.QueryDefinition;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Statement text parsed once (jdbc.md "Statements"): a JSON query definition or a SQL statement of the subset, turned
 * into a {@link QueryDefinition} each time it runs with its bound values.
 */
interface ParsedStatement {
    /** The number of {@code ?} markers. */
    int parameterCount();

    /** What each marker is compared with, when the statement says: empty for a marker of unknown type. */
    List<Optional<ColumnType>> parameterTypes();

    /**
     * @param parameters one value of the driver's value types (or {@code null}) per marker
     * @throws SQLException {@code 42000} and friends when the text is not a valid query
     */
    QueryDefinition definition(List<Object> parameters) throws SQLException;

    /**
     * The order to present the engine's result columns in: element {@code i} is the engine column shown as column
     * {@code i + 1}. The engine orders columns by table, then aggregations; SQL promises its select list's order.
     */
    int[] columnOrder(List<ColumnDescriptor> engineColumns);
}
