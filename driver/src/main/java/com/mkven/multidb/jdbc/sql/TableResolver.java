package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.TableFunction;

import java.util.Optional;

/** Table names (in FROM, JOIN, EXISTS and qualifiers) to API names, by the case rules of {@link Names}. */
final class TableResolver {
    private final MetadataIndex index;

    TableResolver(MetadataIndex index) {
        this.index = index;
    }

    ScopeTable byName(Identifier name) {
        String apiName = Names.match(name, index.tablesByApiName().keySet(), "table").orElse(name.name());
        return new ScopeTable(apiName, index.tableByApiName(apiName), Optional.empty(), name.position());
    }

    /** The table a FROM or JOIN item names, with its alias; anything but a plain table is refused. */
    ScopeTable fromItem(FromItem item, SourcePosition fallback) {
        SourcePosition position = Positions.of(item, fallback);
        if (!(item instanceof Table table)) {
            throw UnsupportedSqlException.unsupported(fromItemKind(item), position);
        }
        if (table.getNameParts().size() > 1) {
            throw UnsupportedSqlException.unsupported("schema-qualified table " + table.getFullyQualifiedName(),
                    "table " + table.getFullyQualifiedName()
                            + " is qualified with a schema: tables are named by their API names alone", position);
        }
        if (table.isTableVariable()) {
            throw UnsupportedSqlException.unsupported("table variable " + table.getFullyQualifiedName(), position);
        }
        if (table.getNameParts().get(0).contains("@")) {
            // JSqlParser reads name@link as a database link and would drop the link from the name
            throw UnsupportedSqlException.unsupported("database link " + table.getNameParts().get(0), position);
        }
        if (table.getPivot() != null || table.getUnPivot() != null) {
            throw UnsupportedSqlException.unsupported(table.getPivot() != null ? "PIVOT" : "UNPIVOT", position);
        }
        String timeTravel = table.getTimeTravel() != null ? table.getTimeTravel() : table.getTimeTravelStrAfterAlias();
        if (timeTravel != null) {
            throw UnsupportedSqlException.unsupported("time travel " + timeTravel.trim(), position);
        }
        if (table.getSampleClause() != null) {
            throw UnsupportedSqlException.unsupported("TABLESAMPLE", position);
        }
        if (table.getIndexHint() != null || table.getSqlServerHints() != null) {
            throw UnsupportedSqlException.unsupported("table hint", position);
        }
        ScopeTable named = byName(Identifier.of(table.getName(), position));
        return new ScopeTable(named.apiName(), named.meta(), alias(table.getAlias(), position), position);
    }

    private static Optional<Identifier> alias(Alias alias, SourcePosition position) {
        if (alias == null) {
            return Optional.empty();
        }
        if (alias.getAliasColumns() != null && !alias.getAliasColumns().isEmpty()) {
            throw UnsupportedSqlException.unsupported("column list in a table alias (" + alias.getName().trim() + "(…))",
                    position);
        }
        return Optional.of(Identifier.of(alias.getName(), position));
    }

    private static String fromItemKind(FromItem item) {
        if (item instanceof LateralSubSelect) {
            return "LATERAL subquery";
        }
        if (item instanceof ParenthesedSelect) {
            return "subquery in FROM";
        }
        if (item instanceof ParenthesedFromItem) {
            return "parenthesized join";
        }
        if (item instanceof TableFunction) {
            return "table function in FROM";
        }
        return "FROM item " + item;
    }
}
