package com.mkven.multidb.engine;

import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResultMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stream over rows already in memory: cache-served results, which are bounded by {@code byIds}. */
final class MaterializedQueryStream implements QueryStream {
    private final DataResult result;
    private final List<String> keys;
    private int position = -1;

    MaterializedQueryStream(DataResult result) {
        this.result = result;
        this.keys = new ArrayList<>();
        result.meta().columns().forEach(column -> keys.add(column.apiName()));
    }

    @Override
    public QueryResultMeta meta() {
        return result.meta();
    }

    @Override
    public boolean next() {
        if (position + 1 >= result.data().size()) {
            position = result.data().size();
            return false;
        }
        position++;
        return true;
    }

    @Override
    public Object value(int column) {
        return result.data().get(position).get(keys.get(column));
    }

    @Override
    public Map<String, Object> row() {
        return result.data().get(position);
    }

    @Override
    public void cancel() {
        // nothing runs: the rows are already here
    }

    @Override
    public List<DebugLogEntry> debugLog() {
        return result.debugLog().orElse(List.of());
    }

    @Override
    public void close() {
        position = result.data().size();
    }
}
