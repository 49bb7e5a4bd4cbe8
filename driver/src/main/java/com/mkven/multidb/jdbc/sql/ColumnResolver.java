package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataIndex;
import net.sf.jsqlparser.expression.operators.relational.SupportsOldOracleJoinSyntax;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Column references to tables, as SQL resolves them: a qualifier names a table or alias of the
 * innermost scope that has it; an unqualified name belongs to the one table of the innermost scope
 * that has such a column, and is ambiguous when several do. A name no table has stays as written
 * on the scope's primary table, so validation reports it as an unknown column.
 */
final class ColumnResolver {
    private final MetadataIndex index;
    private final TableResolver tables;

    ColumnResolver(MetadataIndex index, TableResolver tables) {
        this.index = index;
        this.tables = tables;
    }

    ResolvedColumn resolve(Column column, Scope scope, SourcePosition fallback) {
        SourcePosition position = Positions.of(column, fallback);
        if (column.getArrayConstructor() != null) {
            throw UnsupportedSqlException.unsupported("array subscript " + column, position);
        }
        if (column.getOldOracleJoinSyntax() != SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN) {
            throw UnsupportedSqlException.unsupported("(+) outer join", position);
        }
        Identifier name = Identifier.of(column.getColumnName(), position);
        Table qualifier = column.getTable();
        if (qualifier == null || qualifier.getName() == null) {
            return unqualified(name, scope);
        }
        if (qualifier.getNameParts().size() > 1) {
            throw UnsupportedSqlException.unsupported("schema-qualified column " + column,
                    "column " + column + " is qualified with a schema: use table.column with API names", position);
        }
        return qualified(Identifier.of(qualifier.getName(), position), name, scope);
    }

    private ResolvedColumn qualified(Identifier qualifier, Identifier name, Scope scope) {
        int depth = 0;
        for (Optional<Scope> current = Optional.of(scope); current.isPresent(); current = current.get().outer()) {
            Optional<ScopeTable> table = current.get().byQualifier(qualifier);
            if (table.isPresent()) {
                return onTable(table.get(), name, depth, true);
            }
            depth++;
        }
        return onTable(tables.byName(qualifier), name, 0, false);
    }

    private ResolvedColumn unqualified(Identifier name, Scope scope) {
        int depth = 0;
        for (Optional<Scope> current = Optional.of(scope); current.isPresent(); current = current.get().outer()) {
            List<ResolvedColumn> found = new ArrayList<>(1);
            for (ScopeTable table : current.get().tables()) {
                Optional<ColumnMeta> column = table.column(name, index);
                if (column.isPresent()) {
                    found.add(new ResolvedColumn(table, column.get().apiName(), column, depth, true, name.position()));
                }
            }
            if (found.size() > 1) {
                throw ambiguous(name, found);
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            depth++;
        }
        return new ResolvedColumn(scope.primary(), name.name(), Optional.empty(), 0, true, name.position());
    }

    private ResolvedColumn onTable(ScopeTable table, Identifier name, int depth, boolean inScope) {
        Optional<ColumnMeta> column = table.column(name, index);
        return new ResolvedColumn(table, column.map(ColumnMeta::apiName).orElse(name.name()), column, depth, inScope,
                name.position());
    }

    private static UnsupportedSqlException ambiguous(Identifier name, List<ResolvedColumn> found) {
        List<String> candidates = new ArrayList<>(found.size());
        for (ResolvedColumn column : found) {
            candidates.add(column.table().exposedName() + "." + column.column());
        }
        return UnsupportedSqlException.syntax("ambiguous column " + name.name(),
                "column " + name.written() + " is ambiguous: " + String.join(", ", candidates)
                        + " have it; qualify it with a table name or alias", name.position());
    }
}
