package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.JoinClause;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryJoin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code from} table and the joined tables with their aliases and join clauses (sql.md §2.1, §2.4), plus the
 * lookups every other part of resolution uses.
 */
final class QueryTables {
    private final MetadataIndex index;
    private final List<AliasedTable> all;
    private final List<JoinClause> joinClauses;

    private QueryTables(MetadataIndex index, List<AliasedTable> all, List<JoinClause> joinClauses) {
        this.index = index;
        this.all = List.copyOf(all);
        this.joinClauses = List.copyOf(joinClauses);
    }

    static QueryTables resolve(QueryDefinition definition, MetadataIndex index) {
        List<AliasedTable> present = new ArrayList<>();
        present.add(new AliasedTable(table(index, definition.from()), "t0"));
        List<JoinClause> clauses = new ArrayList<>(definition.joins().size());
        for (QueryJoin join : definition.joins()) {
            AliasedTable joined = new AliasedTable(table(index, join.table()), "t" + present.size());
            // the relation may connect to from or to any earlier join, looked up in that order
            RelatedColumns related = RelatedColumns.find(index, present, joined);
            clauses.add(new JoinClause(join.effectiveType(), joined.tableRef(), related.parentColumn(), related.addedColumn()));
            present.add(joined);
        }
        return new QueryTables(index, present, clauses);
    }

    static TableMeta table(MetadataIndex index, String apiName) {
        return index.tableByApiName(apiName)
                .orElseThrow(() -> new IllegalArgumentException("unknown table " + apiName));
    }

    MetadataIndex index() {
        return index;
    }

    AliasedTable from() {
        return all.get(0);
    }

    /** The joined tables in join order; {@code joined(i)} is {@code joins[i]}, alias {@code t(i+1)}. */
    AliasedTable joined(int joinIndex) {
        return all.get(joinIndex + 1);
    }

    /** {@code from} first, then the joins in order. */
    List<AliasedTable> all() {
        return all;
    }

    List<JoinClause> joinClauses() {
        return joinClauses;
    }

    /** The query table a {@code table} qualifier names: {@code from} or a join, first match in that order. */
    AliasedTable named(String apiName) {
        return firstNamed(all, apiName);
    }

    static AliasedTable firstNamed(List<AliasedTable> tables, String apiName) {
        for (AliasedTable table : tables) {
            if (table.meta().apiName().equals(apiName)) {
                return table;
            }
        }
        throw new IllegalArgumentException("table " + apiName + " is not part of the query here");
    }

    BoundColumn column(AliasedTable table, String columnApiName) {
        ColumnMeta column = index.column(table.meta(), columnApiName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown column " + table.meta().apiName() + "." + columnApiName));
        return new BoundColumn(table, column);
    }

    Map<String, String> tableIdsByAlias() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (AliasedTable table : all) {
            ids.put(table.alias(), table.meta().id());
        }
        return ids;
    }
}
