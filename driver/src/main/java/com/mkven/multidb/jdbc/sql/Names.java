package com.mkven.multidb.jdbc.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The API name an identifier denotes among candidates (jdbc.md: quoted names match exactly,
 * unquoted ones case-insensitively when that is unique). No match is not an error here: the name
 * goes to the engine as written, whose validation reports it with every other problem.
 */
final class Names {
    private Names() {}

    /**
     * @param what what is named, for the ambiguity message, e.g. {@code "table"} or {@code "column of orders"}
     */
    static Optional<String> match(Identifier identifier, Collection<String> candidates, String what) {
        if (identifier.quoted()) {
            return candidates.contains(identifier.name()) ? Optional.of(identifier.name()) : Optional.empty();
        }
        List<String> matches = new ArrayList<>(1);
        for (String candidate : candidates) {
            if (identifier.matches(candidate)) {
                matches.add(candidate);
            }
        }
        if (matches.size() > 1) {
            throw ambiguous(identifier, what, matches);
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    static UnsupportedSqlException ambiguous(Identifier identifier, String what, List<String> matches) {
        List<String> quoted = new ArrayList<>(matches.size());
        for (String match : matches) {
            quoted.add("\"" + match + "\"");
        }
        quoted.sort(null);
        return UnsupportedSqlException.syntax("ambiguous " + what + " " + identifier.name(),
                "ambiguous " + what + " name " + identifier.name() + ": it matches " + String.join(", ", quoted)
                        + "; quote the name to choose one", identifier.position());
    }
}
