package com.mkven.multidb.server.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The arguments after the command name: {@code --name value} or {@code --name=value} options, each at most once,
 * and positional arguments; {@code --} ends the options, so a positional may start with a dash.
 */
record Arguments(Map<String, String> options, List<String> positionals) {
    private static final String PREFIX = "--";

    Arguments {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(options, "options is null")));
        positionals = List.copyOf(requireNonNull(positionals, "positionals is null"));
    }

    /** @throws UsageException for an option not in {@code known}, one given twice, or one without a value */
    static Arguments parse(List<String> arguments, Set<String> known) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (optionsEnded || !argument.startsWith(PREFIX)) {
                positionals.add(argument);
                continue;
            }
            if (argument.equals(PREFIX)) {
                optionsEnded = true;
                continue;
            }
            int equals = argument.indexOf('=');
            String name = argument.substring(PREFIX.length(), equals < 0 ? argument.length() : equals);
            if (!known.contains(name)) {
                throw new UsageException("unknown option " + PREFIX + name
                        + (known.isEmpty() ? " (this command takes no options)" : " (known: " + describe(known) + ")"));
            }
            String value;
            if (equals >= 0) {
                value = argument.substring(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                throw new UsageException("option " + PREFIX + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("option " + PREFIX + name + " is given twice");
            }
        }
        return new Arguments(options, positionals);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** @throws UsageException when the option is missing or blank */
    String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("option " + PREFIX + name + " is required");
        }
        return value;
    }

    /** @throws UsageException unless there are exactly {@code count} positionals, named by {@code what} */
    List<String> positionals(int count, String what) throws UsageException {
        if (positionals.size() != count) {
            throw new UsageException(count == 0
                    ? "unexpected argument '" + positionals.get(0) + "'"
                    : "expected " + what + ", got " + (positionals.isEmpty() ? "none" : positionals.size() + " arguments"));
        }
        return positionals;
    }

    private static String describe(Set<String> known) {
        List<String> names = new ArrayList<>();
        for (String name : known) {
            names.add(PREFIX + name);
        }
        Collections.sort(names);
        return String.join(", ", names);
    }
}
