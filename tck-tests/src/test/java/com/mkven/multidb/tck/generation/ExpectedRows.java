package com.mkven.multidb.tck.generation;

import com.mkven.multidb.fixture.TestFixture;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The rows a scenario implies on the seed, projected onto a few result keys (a row's identity, or its group key and
 * aggregate cells): compared as a multiset unless the scenario orders its rows.
 *
 * @param keys the result-row keys compared (column apiNames, {@code table.column} on collision, aggregation aliases)
 * @param rows one list of values per expected row, in {@code keys} order; {@code null} for SQL NULL
 * @param ordered whether the scenario's ORDER BY fixes the row order
 * @param scales keys compared after rounding to this many decimals (AVG: each engine computes its own precision)
 */
public record ExpectedRows(List<String> keys, List<List<Object>> rows, boolean ordered, Map<String, Integer> scales) {
    public ExpectedRows {
        keys = List.copyOf(requireNonNull(keys, "keys is null"));
        List<List<Object>> copies = new ArrayList<>();
        for (List<Object> row : requireNonNull(rows, "rows is null")) {
            if (row.size() != keys.size()) {
                throw new IllegalArgumentException("row " + row + " does not match keys " + keys);
            }
            copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copies);
        scales = Map.copyOf(requireNonNull(scales, "scales is null"));
    }

    /** No rows yet over these keys: add them with {@link #row}. */
    static ExpectedRows columns(String... keys) {
        return new ExpectedRows(List.of(keys), List.of(), false, Map.of());
    }

    /** Rows identified by their {@code id} alone, given as seed labels ({@code O1}, {@code U6} …). */
    static ExpectedRows ids(String... labels) {
        ExpectedRows expected = columns("id");
        for (String label : labels) {
            expected = expected.row(id(label));
        }
        return expected;
    }

    /** Rows identified by the ids of several tables, one array of labels per row ({@code null} for an unmatched join). */
    static ExpectedRows idsOf(List<String> keys, String[]... rowsOfLabels) {
        ExpectedRows expected = new ExpectedRows(keys, List.of(), false, Map.of());
        for (String[] labels : rowsOfLabels) {
            expected = expected.row(Arrays.stream(labels).map(label -> label == null ? null : id(label)).toArray());
        }
        return expected;
    }

    ExpectedRows row(Object... values) {
        List<List<Object>> more = new ArrayList<>(rows);
        more.add(Arrays.asList(values));
        return new ExpectedRows(keys, more, ordered, scales);
    }

    ExpectedRows inOrder() {
        return new ExpectedRows(keys, rows, true, scales);
    }

    ExpectedRows roundedTo(String key, int scale) {
        Map<String, Integer> more = new HashMap<>(scales);
        more.put(key, scale);
        return new ExpectedRows(keys, rows, ordered, more);
    }

    Optional<Integer> scaleOf(String key) {
        return Optional.ofNullable(scales.get(key));
    }

    static UUID id(String label) {
        return UUID.fromString(TestFixture.id(label));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
