package com.mkven.multidb.jdbc;

import com.mkven.multidb.jdbc.sql.ParameterSlot;
import com.mkven.multidb.jdbc.sql.SqlTranslator;
import com.mkven.multidb.jdbc.sql.TranslatedStatement;
import com.mkven.multidb.jdbc.sql.UnsupportedSqlException;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.QueryDefinition;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A SQL statement of the subset (jdbc.md "SQL subset"), translated against the metadata the connection's roles can
 * see. Parsing is cached by the translator; binding re-translates the parsed tree with the values.
 */
final class SqlStatement implements ParsedStatement {
    private final TranslatedStatement translated;

    private SqlStatement(TranslatedStatement translated) {
        this.translated = translated;
    }

    /** @throws SQLException {@code 42000}, {@code 0A000} or {@code 25006} naming the refused construct and its position */
    static SqlStatement translate(SqlTranslator translator, String sql, MetadataIndex visibleIndex) throws SQLException {
        requireNonNull(translator, "translator is null");
        try {
            return new SqlStatement(translator.translate(sql, visibleIndex));
        } catch (UnsupportedSqlException e) {
            throw refused(e);
        }
    }

    @Override
    public int parameterCount() {
        return translated.parameterCount();
    }

    @Override
    public List<Optional<ColumnType>> parameterTypes() {
        List<Optional<ColumnType>> types = new ArrayList<>(translated.parameterCount());
        for (ParameterSlot slot : translated.parameters()) {
            types.add(slot.type());
        }
        return types;
    }

    @Override
    public QueryDefinition definition(List<Object> parameters) throws SQLException {
        try {
            return translated.bind(parameters);
        } catch (UnsupportedSqlException e) {
            throw refused(e);
        }
    }

    @Override
    public int[] columnOrder(List<ColumnDescriptor> engineColumns) {
        return SelectListOrder.of(translated.selectedItems(), engineColumns);
    }

    static SQLException refused(UnsupportedSqlException e) {
        SqlState state = switch (e.kind()) {
            // SQL outside the subset is a grammar error of the request, not a driver limitation: 42000, not 0A000,
            // because pools evict the connection on 0A000 and a refused query must not cost one (jdbc.md error table)
            case SYNTAX, UNSUPPORTED -> SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
            case WRITE -> SqlState.READ_ONLY_SQL_TRANSACTION;
            case INVALID_PARAMETER -> SqlState.INVALID_PARAMETER_VALUE;
        };
        return state.exception(e.getMessage(), e);
    }
}
