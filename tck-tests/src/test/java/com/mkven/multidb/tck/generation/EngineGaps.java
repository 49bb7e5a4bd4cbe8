package com.mkven.multidb.tck.generation;

import java.util.Map;
import java.util.Optional;

/**
 * Scenarios an engine cannot run yet because of a gap in MultiDB itself (not an engine difference): they leave the
 * scenario matrix and {@code EngineGapsTest} shows how they fail today, so closing the gap turns that test red and
 * sends the scenario back into the matrix.
 */
final class EngineGaps {
    /**
     * Trino's clickhouse connector exposes {@code Array(String)} as {@code varchar} (the catalog's
     * {@code unsupported-type-handling=CONVERT_TO_VARCHAR}; without it the column is hidden), and the Trino dialect
     * reads {@code ch_analytics.default.events} as is: {@code events.tags} is neither an array value nor usable in
     * array functions. infra.md leaves the way in open (e.g. a ClickHouse view with {@code toJSONString(tags)} and
     * {@code CAST(json_parse(…) AS array(varchar))} in Trino).
     */
    static final String CLICKHOUSE_ARRAYS_THROUGH_TRINO = "Trino reads ClickHouse Array columns as varchar";

    private static final Map<ScenarioEngine, Map<String, String>> GAPS = Map.of(ScenarioEngine.TRINO, Map.of(
            "92", CLICKHOUSE_ARRAYS_THROUGH_TRINO,
            "181", CLICKHOUSE_ARRAYS_THROUGH_TRINO,
            "184", CLICKHOUSE_ARRAYS_THROUGH_TRINO,
            "200", CLICKHOUSE_ARRAYS_THROUGH_TRINO));

    private EngineGaps() {}

    static Optional<String> of(ScenarioEngine engine, String scenarioNumber) {
        return Optional.ofNullable(GAPS.getOrDefault(engine, Map.of()).get(scenarioNumber));
    }

    static Map<String, String> on(ScenarioEngine engine) {
        return GAPS.getOrDefault(engine, Map.of());
    }
}
