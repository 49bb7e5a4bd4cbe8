package com.mkven.multidb.engine;

import com.mkven.multidb.access.Masking;
import com.mkven.multidb.resolve.ColumnMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw values into result values column by column: normalised to the value types of the
 * column, then masked where the roles mask it. One instance per query, reused for every row.
 */
final class RowShaper {
    private final ColumnMapping[] mappings;

    RowShaper(List<ColumnMapping> mappings) {
        this.mappings = mappings.toArray(ColumnMapping[]::new);
    }

    int columnCount() {
        return mappings.length;
    }

    Object shape(int column, Object raw) {
        ColumnMapping mapping = mappings[column];
        Object value = ValueNormalizer.normalize(raw, mapping.type());
        return mapping.masked() ? Masking.mask(value, mapping.maskingFn().orElseThrow(), mapping.type()) : value;
    }

    String key(int column) {
        return mappings[column].apiName();
    }

    /** A row keyed by result column apiName from already shaped values. */
    Map<String, Object> toRow(Object[] values) {
        Map<String, Object> row = new LinkedHashMap<>(mappings.length * 2);
        for (int i = 0; i < mappings.length; i++) {
            row.put(mappings[i].apiName(), values[i]);
        }
        return row;
    }
}
