package com.mkven.multidb.tck.generation;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.ResultColumn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts engine results and expected rows into one comparable form: rows projected onto the expected keys, each cell
 * canonical whatever Java type carried it — numbers as plain decimal text without trailing zeros (so {@code 5L},
 * {@code 5} and {@code 5.00} agree, as {@code BigDecimal.compareTo} would), UUIDs and instants as text, lists element
 * by element.
 */
final class ResultRows {
    private ResultRows() {}

    static List<List<Object>> actual(DataResult result, ExpectedRows expected) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : result.data()) {
            List<Object> projected = new ArrayList<>();
            for (String key : expected.keys()) {
                if (!row.containsKey(key)) {
                    throw new AssertionError("result row has no key " + key + ": " + row.keySet());
                }
                projected.add(canonical(row.get(key), expected.scaleOf(key)));
            }
            rows.add(projected);
        }
        return rows;
    }

    /** The expected rows as the engine must return them: the engine decides how it holds a NULL array. */
    static List<List<Object>> expected(ExpectedRows expected, DataResult result, ScenarioEngine engine) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : expected.rows()) {
            List<Object> canonical = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String key = expected.keys().get(i);
                Object value = engine.stored(row.get(i), typeOf(result, key));
                canonical.add(canonical(value, expected.scaleOf(key)));
            }
            rows.add(canonical);
        }
        return rows;
    }

    static Object canonical(Object value, Optional<Integer> scale) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>();
            list.forEach(element -> elements.add(canonical(element, Optional.empty())));
            return elements;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (scale.isPresent()) {
                decimal = decimal.setScale(scale.get(), RoundingMode.HALF_UP);
            }
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof UUID || value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        return value;
    }

    private static ColumnType typeOf(DataResult result, String key) {
        return result.meta().columns().stream().filter(column -> column.apiName().equals(key)).map(ResultColumn::type).findFirst()
                .orElseThrow(() -> new AssertionError("result has no column " + key));
    }
}
