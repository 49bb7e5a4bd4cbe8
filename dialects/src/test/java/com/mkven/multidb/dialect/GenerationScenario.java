package com.mkven.multidb.dialect;

import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.result.DialectName;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One SQL-generation scenario of scenarios.md §6: the query and its context (enough to run it on a real engine) and
 * what each dialect must generate ({@link ScenarioSql} renders it the way the engine would).
 */
public record GenerationScenario(
        String number,
        String name,
        ExecutionContext context,
        QueryDefinition definition,
        Map<DialectName, Expectation> expectations) {
    public GenerationScenario {
        requireNonNull(number, "number is null");
        requireNonNull(name, "name is null");
        requireNonNull(context, "context is null");
        requireNonNull(definition, "definition is null");
        expectations = Map.copyOf(requireNonNull(expectations, "expectations is null"));
    }

    static GenerationScenario of(String number, String name, QueryDefinition.Builder definition) {
        return new GenerationScenario(number, name, ExecutionContext.ofUserRoles("admin"), definition.build(), Map.of());
    }

    GenerationScenario postgres(Expectation expectation) {
        return expect(DialectName.POSTGRES, expectation);
    }

    GenerationScenario clickhouse(Expectation expectation) {
        return expect(DialectName.CLICKHOUSE, expectation);
    }

    GenerationScenario trino(Expectation expectation) {
        return expect(DialectName.TRINO, expectation);
    }

    public Optional<Expectation> expectation(DialectName dialect) {
        return Optional.ofNullable(expectations.get(dialect));
    }

    private GenerationScenario expect(DialectName dialect, Expectation expectation) {
        Map<DialectName, Expectation> all = new EnumMap<>(DialectName.class);
        all.putAll(expectations);
        all.put(dialect, expectation);
        return new GenerationScenario(number, name, context, definition, all);
    }

    @Override
    public String toString() {
        return "#" + number + " " + name;
    }
}
