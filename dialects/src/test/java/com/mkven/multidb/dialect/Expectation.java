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
 * @param absent substrings the SQL must not contain
 * @param params the placeholder values, in placeholder order
 */
record Expectation(List<String> fragments, List<String> absent, List<Object> params) {
    Expectation {
        fragments = List.copyOf(requireNonNull(fragments, "fragments is null"));
        absent = List.copyOf(requireNonNull(absent, "absent is null"));
        params = Collections.unmodifiableList(new ArrayList<>(requireNonNull(params, "params is null")));
    }

    static Expectation sql(String... fragments) {
        return new Expectation(List.of(fragments), List.of(), List.of());
    }

    Expectation params(Object... params) {
        return new Expectation(fragments, absent, Arrays.asList(params));
    }

    Expectation without(String... absent) {
        return new Expectation(fragments, List.of(absent), params);
    }
}
