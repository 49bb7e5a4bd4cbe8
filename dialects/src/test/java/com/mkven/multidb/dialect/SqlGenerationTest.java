package com.mkven.multidb.dialect;

import com.mkven.multidb.access.EffectiveAccess;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.resolve.NameResolver;
import com.mkven.multidb.resolve.ResolveResult;
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
 * Runs every scenario of {@link GenerationScenarios} through name resolution and each dialect that has an expectation
 * for it (scenarios.md §6: one invocation per scenario and dialect, titled {@code #N name [dialect]}).
 */
class SqlGenerationTest {
    private static final MetadataIndex INDEX = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());
    private static final List<SqlDialect> DIALECTS = List.of(new PostgresDialect());

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
        ResolveResult resolved = NameResolver.resolve(scenario.definition(), INDEX,
                EffectiveAccess.resolve(scenario.context().roles(), INDEX));

        GeneratedSql generated = dialect.generate(resolved.parts(), resolved.params());

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
    void everyScenarioHasAPostgresExpectation() {
        assertThat(GenerationScenarios.all()).allSatisfy(
                scenario -> assertThat(scenario.expectation(DialectName.POSTGRES)).as(scenario.toString()).isPresent());
    }
}
