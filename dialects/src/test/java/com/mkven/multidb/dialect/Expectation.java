package com.mkven.multidb.dialect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one dialect must generate for a scenario.
 *
 * @param fragments whitespace-insensitive substrings of the SQL, in the spec's notation: {@code …} elides text
 *         ({@link SqlFragments})
 * @param absent substrings the SQL must not contain
 * @param params the placeholder values, in placeholder order, as the dialect returns them (may hold {@code null})
 */
public record Expectation(List<String> fragments, List<String> absent, List<Object> params) {
    public Expectation {
        fragments = List.copyOf(requireNonNull(fragments, "fragments is null"));
        absent = List.copyOf(requireNonNull(absent, "absent is null"));
        params = Collections.unmodifiableList(new ArrayList<>(requireNonNull(params, "params is null")));
    }

    public static Expectation sql(String... fragments) {
        return new Expectation(List.of(fragments), List.of(), List.of());
    }

    public Expectation params(Object... params) {
        return new Expectation(fragments, absent, Arrays.asList(params));
    }

    public Expectation without(String... absent) {
        return new Expectation(fragments, List.of(absent), params);
    }
}
