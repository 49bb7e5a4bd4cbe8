package com.mkven.multidb.plan;

import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryJoin;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables a query needs brought together (sql.md §6): {@code from}, every join and every
 * EXISTS table found in filter groups, join filters and nested EXISTS. Walked without recursion
 * so a deeply nested definition cannot exhaust the stack.
 */
final class RequiredTables {
    private RequiredTables() {}

    /** Required tables by id, in order of first appearance. */
    static Map<String, TableMeta> of(QueryDefinition definition, MetadataIndex index) {
        Map<String, TableMeta> tables = new LinkedHashMap<>();
        add(tables, index, definition.from());
        for (QueryJoin join : definition.joins()) {
            add(tables, index, join.table());
        }
        Deque<FilterNode> pending = new ArrayDeque<>();
        pushAll(pending, definition.filters());
        for (QueryJoin join : definition.joins()) {
            pushAll(pending, join.filters());
        }
        while (!pending.isEmpty()) {
            FilterNode node = pending.pop();
            if (node instanceof QueryExistsFilter exists) {
                add(tables, index, exists.table());
                pushAll(pending, exists.filters());
            } else if (node instanceof QueryFilterGroup group) {
                pushAll(pending, group.conditions());
            }
        }
        return Collections.unmodifiableMap(tables);
    }

    private static void pushAll(Deque<FilterNode> pending, List<FilterNode> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            pending.push(nodes.get(i));
        }
    }

    private static void add(Map<String, TableMeta> tables, MetadataIndex index, String apiName) {
        TableMeta table = index.tableByApiName(apiName)
                .orElseThrow(() -> new IllegalArgumentException("unknown table '%s': validate the query before planning".formatted(apiName)));
        tables.putIfAbsent(table.id(), table);
    }
}
