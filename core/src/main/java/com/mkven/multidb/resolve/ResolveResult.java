package com.mkven.multidb.resolve;

import com.mkven.multidb.ir.SqlParts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What name resolution produces (sql.md §2).
 *
 * @param params the values the IR's parameter indexes address (0-based); may hold {@code null}
 * @param columnMappings one per output column, in select order; empty in count mode
 * @param tableIdsByAlias {@code TableMeta.id} of every table alias ({@code t0}, {@code s2}, …): a {@code TableRef}
 *         carries no id and physical names repeat across databases, so the planner's rewrite looks tables up here
 */
public record ResolveResult(
        SqlParts parts,
        List<Object> params,
        List<ColumnMapping> columnMappings,
        ResultMode mode,
        Map<String, String> tableIdsByAlias) {
    public ResolveResult {
        requireNonNull(parts, "parts is null");
        params = Collections.unmodifiableList(new ArrayList<>(requireNonNull(params, "params is null")));
        columnMappings = List.copyOf(requireNonNull(columnMappings, "columnMappings is null"));
        requireNonNull(mode, "mode is null");
        tableIdsByAlias = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(tableIdsByAlias, "tableIdsByAlias is null")));
        if ((mode == ResultMode.COUNT) != parts.countMode()) {
            throw new IllegalArgumentException("mode " + mode + " does not match countMode " + parts.countMode());
        }
        if (mode == ResultMode.COUNT && !columnMappings.isEmpty()) {
            throw new IllegalArgumentException("count mode has no column mappings");
        }
    }

    /** The {@code TableMeta.id} behind a table alias. */
    public Optional<String> tableIdOf(String alias) {
        return Optional.ofNullable(tableIdsByAlias.get(alias));
    }
}
