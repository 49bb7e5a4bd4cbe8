package com.mkven.multidb.jdbc;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A result set over rows already in memory: the count and sql-only result shapes, array elements, and the
 * {@code DatabaseMetaData} results (built from role-filtered metadata, no SQL round trip). Values are the driver's
 * value types ({@code String}, {@code Integer}, {@code Short}, {@code Long}, {@code Boolean}, {@code BigDecimal},
 * {@code UUID}, {@code LocalDate}, {@code Instant}, {@code List}) or {@code null}; getters convert them exactly as
 * for a streamed query result.
 */
public final class InMemoryResultSet extends AbstractResultSet {
    private final List<Object[]> rows;

    /**
     * A result set no statement produced ({@code getStatement()} is {@code null}), rendering instants in UTC.
     *
     * @param rows one array per row, one element per column, in column order
     * @throws IllegalArgumentException when a row has the wrong number of values
     */
    public InMemoryResultSet(List<ColumnDescriptor> columns, List<Object[]> rows) {
        this(columns, rows, new ValueConversions(ZoneOffset.UTC));
    }

    InMemoryResultSet(List<ColumnDescriptor> columns, List<Object[]> rows, ValueConversions conversions) {
        this(new MultiDbResultSetMetaData(columns, Optional.empty()), rows, conversions, Optional.empty());
    }

    InMemoryResultSet(MultiDbResultSetMetaData metaData, List<Object[]> rows, ValueConversions conversions, Optional<MultiDbStatement> statement) {
        super(metaData, conversions, statement);
        List<Object[]> copy = new ArrayList<>(requireNonNull(rows, "rows is null").size());
        for (Object[] row : rows) {
            if (row.length != metaData.getColumnCount()) {
                throw new IllegalArgumentException("a row has %d values for %d columns".formatted(row.length, metaData.getColumnCount()));
            }
            copy.add(row.clone());
        }
        this.rows = Collections.unmodifiableList(copy);
    }

    @Override
    boolean advance() {
        return row() < rows.size();
    }

    @Override
    Object current(int column) {
        return rows.get(row() - 1)[column];
    }

    @Override
    boolean hasRows() {
        return !rows.isEmpty();
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return row() > 0 && row() == rows.size() && !isAfterLast();
    }

    @Override
    void release() {
        // nothing is held but memory
    }
}
