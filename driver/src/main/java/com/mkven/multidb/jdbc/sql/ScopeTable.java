package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A table named in FROM, JOIN or an EXISTS subquery (or a qualifier naming a table that is in none
 * of them, which validation then reports).
 *
 * @param apiName the API name the identifier denotes, or the name as written when no table has it
 * @param meta empty for an unknown table: its columns cannot be resolved, only passed through
 */
record ScopeTable(String apiName, Optional<TableMeta> meta, Optional<Identifier> alias, SourcePosition position) {
    ScopeTable {
        requireNonNull(apiName, "apiName is null");
        requireNonNull(meta, "meta is null");
        requireNonNull(alias, "alias is null");
        requireNonNull(position, "position is null");
    }

    /** A qualifier names a table by its alias when it has one, else by its API name. */
    boolean answersTo(Identifier qualifier) {
        if (alias.isEmpty()) {
            return qualifier.matches(apiName);
        }
        Identifier own = alias.get();
        return own.quoted() && qualifier.quoted() ? own.name().equals(qualifier.name())
                : own.name().equalsIgnoreCase(qualifier.name());
    }

    /** The name a qualifier must use, for clash checks and messages. */
    String exposedName() {
        return alias.map(Identifier::name).orElse(apiName);
    }

    /** The column this table has under that name, if the table is known and has one. */
    Optional<ColumnMeta> column(Identifier column, MetadataIndex index) {
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ColumnMeta> columns = index.columnsByTable().getOrDefault(meta.get().id(), Map.of());
        return Names.match(column, columns.keySet(), "column of " + apiName).map(columns::get);
    }
}
