package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.query.QueryAggregation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The aggregates of the select list by alias, for HAVING and ORDER BY. */
final class Aggregations {
    private final Map<String, AggregateCall> byAlias = new LinkedHashMap<>();
    private final List<QueryAggregation> definitions = new ArrayList<>();

    void add(String alias, AggregateCall call) {
        // a repeated alias goes to validation (rule 14) like any other definition
        byAlias.putIfAbsent(alias, call);
        definitions.add(call.as(alias));
    }

    List<QueryAggregation> definitions() {
        return List.copyOf(definitions);
    }

    /** The alias an identifier names, by the same case rules as API names. */
    Optional<String> alias(Identifier name) {
        return Names.match(name, byAlias.keySet(), "alias");
    }

    Optional<AggregateCall> call(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /** The alias of the first aggregate of the select list that computes the same as {@code call}. */
    Optional<String> aliasOf(AggregateCall call) {
        for (Map.Entry<String, AggregateCall> entry : byAlias.entrySet()) {
            if (entry.getValue().equals(call)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
