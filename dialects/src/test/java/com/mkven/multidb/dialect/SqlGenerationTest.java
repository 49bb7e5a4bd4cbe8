package com.mkven.multidb.dialect;

import com.mkven.multidb.result.DialectName;
import com.mkven.multidb.spi.GeneratedSql;
import com.mkven.multidb.spi.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario of {@link GenerationScenarios} through name resolution and each dialect (scenarios.md §6: one
 * invocation per scenario and dialect, titled {@code #N name [dialect]}); Trino gets the planner's catalogs.
 */
class SqlGenerationTest {
    private static final List<SqlDialect> DIALECTS = List.of(new PostgresDialect(), new ClickHouseDialect(), new TrinoDialect());

    static Stream<Arguments> scenarios() {
        List<Arguments> cases = new ArrayList<>();
        for (GenerationScenario scenario : GenerationScenarios.all()) {
            for (SqlDialect dialect : DIALECTS) {
                scenario.expectation(dialect.name()).ifPresent(expectation -> cases.add(Arguments.of(
                        scenario.number(), scenario.name(), dialect.name().wireName(), scenario, dialect, expectation)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "#{0} {1} [{2}]")
    @MethodSource("scenarios")
    void generatesTheSpecifiedSql(String number, String name, String dialectName, GenerationScenario scenario,
            SqlDialect dialect, Expectation expectation) {
        GeneratedSql generated = ScenarioSql.generate(scenario, dialect);

        for (String fragment : expectation.fragments()) {
            assertThat(SqlFragments.contains(generated.sql(), fragment))
                    .as("%s%nshould contain%n%s", generated.sql(), fragment).isTrue();
        }
        for (String absent : expectation.absent()) {
            assertThat(generated.sql()).doesNotContain(absent);
        }
        assertThat(generated.params()).as(generated.sql()).containsExactlyElementsOf(expectation.params());
    }

    @Test
    void theTableHoldsEverySqlGenerationScenarioOnce() {
        List<String> numbers = GenerationScenarios.all().stream().map(GenerationScenario::number).toList();
        // scenarios.md §6.1–§6.9, the 89 rows of stage 8
        List<String> catalogue = Stream.of(
                        IntStream.rangeClosed(20, 30), IntStream.of(45), IntStream.rangeClosed(66, 75), IntStream.of(77),
                        IntStream.rangeClosed(83, 85), IntStream.rangeClosed(90, 94), IntStream.rangeClosed(99, 102),
                        IntStream.of(108), IntStream.rangeClosed(110, 115), IntStream.rangeClosed(124, 129),
                        IntStream.rangeClosed(133, 138), IntStream.of(142, 144), IntStream.rangeClosed(147, 149),
                        IntStream.rangeClosed(155, 157), IntStream.rangeClosed(160, 164), IntStream.of(166),
                        IntStream.rangeClosed(181, 186), IntStream.of(188, 189, 193, 194, 196, 197),
                        IntStream.rangeClosed(200, 207), IntStream.of(227))
                .flatMapToInt(range -> range).mapToObj(Integer::toString).toList();

        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(numbers)).isEqualTo(new TreeSet<>(catalogue));
        assertThat(catalogue).hasSize(89);
    }

    @Test
    void everyScenarioHasAnExpectationForEveryDialect() {
        assertThat(DIALECTS).extracting(SqlDialect::name).containsExactlyInAnyOrder(DialectName.values());
        assertThat(GenerationScenarios.all()).allSatisfy(scenario -> assertThat(scenario.expectations().keySet())
                .as(scenario.toString()).containsExactlyInAnyOrder(DialectName.values()));
    }
}
