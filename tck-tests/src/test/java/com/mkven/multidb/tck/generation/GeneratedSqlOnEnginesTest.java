package com.mkven.multidb.tck.generation;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.dialect.Expectation;
import com.mkven.multidb.dialect.GenerationScenario;
import com.mkven.multidb.dialect.GenerationScenarios;
import com.mkven.multidb.dialect.SqlFragments;
import com.mkven.multidb.engine.MultiDb;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.plan.QueryPlanner;
import com.mkven.multidb.result.DataResult;
import com.mkven.multidb.result.DebugLogEntry;
import com.mkven.multidb.result.DebugPhase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scenarios.md §6 rule 3: every SQL-generation scenario runs through the real {@link MultiDb} pipeline on the real
 * engines — PostgreSQL, ClickHouse, Trino, and Iceberg through Trino for the scenarios on orders alone — against the
 * seed, and must both generate the scenario table's fragment for that engine's dialect and return the rows
 * {@link SeedExpectations} works out from the seed. One MultiDb per engine serves every case.
 */
class GeneratedSqlOnEnginesTest {
    private static final Map<ScenarioEngine, OpenEngine> OPEN = new EnumMap<>(ScenarioEngine.class);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ScenarioEngine engine : ScenarioEngine.values()) {
            for (GenerationScenario scenario : runningOn(engine)) {
                cases.add(Arguments.of(scenario.number(), scenario.name(), engine, scenario));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "#{0} {1} [{2}]")
    @MethodSource("cases")
    void generatesTheFragmentAndReturnsTheSeedRows(String number, String name, ScenarioEngine engine, GenerationScenario scenario) {
        ExpectedRows expected = SeedExpectations.of(number).orElseThrow(() -> new AssertionError("no expected rows for #" + number));
        OpenEngine open = open(engine);

        DataResult result = (DataResult) open.db().query(scenario.definition().toBuilder().debug(true).build(), scenario.context());

        assertThat(result.meta().dialect()).contains(engine.dialect());
        String sql = generatedSql(result.debugLog().orElseThrow());
        Expectation expectation = scenario.expectation(engine.dialect())
                .orElseThrow(() -> new AssertionError("the scenario table has no " + engine.dialect().wireName() + " fragment for #" + number));
        for (String fragment : expectation.fragments()) {
            String wanted = open.rewrite().apply(fragment);
            assertThat(SqlFragments.contains(sql, wanted)).as("%s%nshould contain%n%s", sql, wanted).isTrue();
        }
        for (String absent : expectation.absent()) {
            assertThat(sql).doesNotContain(open.rewrite().apply(absent));
        }
        List<List<Object>> actual = ResultRows.actual(result, expected);
        List<List<Object>> wanted = ResultRows.expected(expected, result, engine);
        if (expected.ordered()) {
            assertThat(actual).as(sql).containsExactlyElementsOf(wanted);
        } else {
            assertThat(actual).as(sql).containsExactlyInAnyOrderElementsOf(wanted);
        }
    }

    @Test
    void everyScenarioOfTheTableHasItsExpectedRows() {
        assertThat(new TreeSet<>(SeedExpectations.numbers())).isEqualTo(new TreeSet<>(numbers(GenerationScenarios.all())));
    }

    @Test
    void postgresClickHouseAndTrinoRunEveryScenario() {
        List<String> all = numbers(GenerationScenarios.all());
        for (ScenarioEngine engine : List.of(ScenarioEngine.POSTGRES, ScenarioEngine.CLICKHOUSE, ScenarioEngine.TRINO)) {
            assertThat(numbers(runningOn(engine))).as(engine.toString()).containsExactlyInAnyOrderElementsOf(all);
        }
        // Iceberg holds orders only (its replica): the scenarios on orders alone
        assertThat(numbers(runningOn(ScenarioEngine.ICEBERG))).containsExactlyInAnyOrder(
                "20", "23", "83", "84", "93", "102", "129", "163", "164", "22", "72", "73", "77", "144", "155", "188", "197", "148",
                "45", "66", "67", "68", "90", "94", "99", "101", "110", "128", "135", "189", "193", "194", "74", "75", "115", "28",
                "29", "70", "203", "204");
    }

    @AfterAll
    static void close() {
        OPEN.values().forEach(open -> open.db().close());
        OPEN.clear();
    }

    /** The scenarios the planner routes to this engine on its variant. */
    private static List<GenerationScenario> runningOn(ScenarioEngine engine) {
        MetadataIndex index = new MetadataIndex(engine.metadata(), TestFixture.roles());
        QueryPlanner planner = new QueryPlanner(index);
        List<GenerationScenario> scenarios = new ArrayList<>();
        for (GenerationScenario scenario : GenerationScenarios.all()) {
            EffectiveAccess access = EffectiveAccess.resolve(scenario.context().roles(), index);
            if (engine.hosts(planner.plan(scenario.definition(), access).database())) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    private static List<String> numbers(List<GenerationScenario> scenarios) {
        return scenarios.stream().map(GenerationScenario::number).toList();
    }

    private static OpenEngine open(ScenarioEngine engine) {
        return OPEN.computeIfAbsent(engine, key -> new OpenEngine(key.open(), FragmentRewrite.between(TestFixture.metadata(), key.metadata())));
    }

    private static String generatedSql(List<DebugLogEntry> log) {
        return log.stream().filter(entry -> entry.phase() == DebugPhase.SQL_GENERATION).findFirst().orElseThrow().message();
    }

    private record OpenEngine(MultiDb db, FragmentRewrite rewrite) {
    }
}
