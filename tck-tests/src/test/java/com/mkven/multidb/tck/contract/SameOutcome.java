package com.mkven.multidb.tck.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssue;
import com.mkven.multidb.error.MultiDbException;
import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.result.CountResult;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.QueryResult;
import com.mkven.multidb.result.QueryResultMeta;
import com.mkven.multidb.result.SqlResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What "the same outcome" means between two implementations of the contract. Values compare by their Java value type
 * (a UUID must stay a UUID, an instant an {@code Instant}), except numbers, which compare by value: a count may be a
 * {@code Long} on one side and an {@code Integer} on the other, and {@code 75.50} equals {@code 75.5}. Rows keep their
 * key order; their order counts only when the query asked for one. {@code meta} must be equal but for the durations,
 * of which only the presence of {@code executionMs} counts; debug logs must have the same phases in the same order.
 * Errors must have the same class, code, issues and JSON body but for the cause, which a remote error carries as
 * text.
 */
final class SameOutcome {
    private SameOutcome() {}

    static void assertSameResult(QueryResult actual, QueryResult expected, boolean ordered) {
        assertThat(actual).as("result kind").hasSameClassAs(expected);
        assertSameMeta(actual.meta(), expected.meta());
        assertSameDebugLog(actual.debugLog(), expected.debugLog());
        if (expected instanceof DataResult data) {
            assertThat(rows(((DataResult) actual).data(), ordered)).as("rows").isEqualTo(rows(data.data(), ordered));
        } else if (expected instanceof CountResult count) {
            assertThat(((CountResult) actual).count()).as("count").isEqualTo(count.count());
        } else if (expected instanceof SqlResult sql) {
            assertThat(((SqlResult) actual).sql()).as("sql").isEqualTo(sql.sql());
            assertThat(canonical(((SqlResult) actual).params())).as("params").isEqualTo(canonical(sql.params()));
        } else {
            throw new IllegalArgumentException("unknown result kind " + expected.getClass());
        }
    }

    static void assertSameError(MultiDbException actual, MultiDbException expected) {
        assertThat(actual).as("error class").hasSameClassAs(expected);
        assertThat(actual.code()).as("error code").isEqualTo(expected.code());
        assertThat(issueCodes(actual)).as("issue codes").isEqualTo(issueCodes(expected));
        assertThat(withoutCause(actual.toJson())).as("error body").isEqualTo(withoutCause(expected.toJson()));
    }

    private static void assertSameMeta(QueryResultMeta actual, QueryResultMeta expected) {
        assertThat(actual.strategy()).as("strategy").isEqualTo(expected.strategy());
        assertThat(actual.targetDatabase()).as("targetDatabase").isEqualTo(expected.targetDatabase());
        assertThat(actual.dialect()).as("dialect").isEqualTo(expected.dialect());
        assertThat(actual.tablesUsed()).as("tablesUsed").isEqualTo(expected.tablesUsed());
        assertThat(actual.columns()).as("columns").isEqualTo(expected.columns());
        assertThat(actual.timing().executionMs().isPresent()).as("executionMs present").isEqualTo(expected.timing().executionMs().isPresent());
    }

    private static void assertSameDebugLog(Optional<List<DebugLogEntry>> actual, Optional<List<DebugLogEntry>> expected) {
        assertThat(actual.isPresent()).as("debugLog present").isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
            assertThat(actual.get()).extracting(DebugLogEntry::phase).as("debugLog phases")
                    .isEqualTo(expected.get().stream().map(DebugLogEntry::phase).toList());
        }
    }

    /** Each row as its keys and canonical values in order, sorted when the query left the order open. */
    private static List<List<Object>> rows(List<Map<String, Object>> data, boolean ordered) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : data) {
            List<Object> cells = new ArrayList<>();
            row.forEach((key, value) -> {
                cells.add(key);
                cells.add(canonical(value));
            });
            rows.add(cells);
        }
        if (!ordered) {
            rows.sort(Comparator.comparing(String::valueOf));
        }
        return rows;
    }

    /** Orders numbers by value, whatever their classes; for pinning numeric values with AssertJ. */
    static int compareNumbers(Object first, Object second) {
        return decimal((Number) first).compareTo(decimal((Number) second));
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
    }

    private static Object canonical(Object value) {
        if (value instanceof Number number) {
            return decimal(number).stripTrailingZeros();
        }
        if (value instanceof List<?> list) {
            List<Object> canonical = new ArrayList<>();
            list.forEach(element -> canonical.add(canonical(element)));
            return canonical;
        }
        return value;
    }

    private static List<String> issueCodes(MultiDbException error) {
        List<String> codes = new ArrayList<>();
        if (error instanceof ValidationException invalid) {
            for (ValidationIssue issue : invalid.errors()) {
                codes.add(issue.code().name());
            }
        } else if (error instanceof ConfigException invalid) {
            for (ConfigIssue issue : invalid.errors()) {
                codes.add(issue.code().name());
            }
        }
        return codes;
    }

    private static ObjectNode withoutCause(ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove("cause");
        if (copy.get("details") instanceof ObjectNode details) {
            details.remove("cause");
        }
        return copy;
    }
}
