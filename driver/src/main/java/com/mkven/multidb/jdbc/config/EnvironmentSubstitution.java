package com.mkven.multidb.jdbc.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Replaces {@code ${NAME}} in every string value of a config document by the environment variable {@code NAME}, so
 * secrets stay out of the file; {@code ${NAME:-fallback}} uses {@code fallback} when the variable is unset. Keys are
 * never substituted. A variable that is neither set nor given a fallback is an error naming it and the JSON path.
 */
final class EnvironmentSubstitution {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
    private static final String OPENING = "${";

    private final Function<String, Optional<String>> environment;

    EnvironmentSubstitution(Function<String, Optional<String>> environment) {
        this.environment = requireNonNull(environment, "environment is null");
    }

    /** Substitutes in place. @throws IllegalArgumentException naming the first unset variable or malformed reference */
    void apply(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                if (field.getValue().isTextual()) {
                    object.set(field.getKey(), substitute(field.getValue().textValue(), path + "." + field.getKey()));
                } else {
                    apply(field.getValue(), path + "." + field.getKey());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, substitute(array.get(i).textValue(), path + "[" + i + "]"));
                } else {
                    apply(array.get(i), path + "[" + i + "]");
                }
            }
        }
    }

    private TextNode substitute(String text, String path) {
        if (!text.contains(OPENING)) {
            return TextNode.valueOf(text);
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        int end = 0;
        while (matcher.find()) {
            checkNoStrayOpening(text.substring(end, matcher.start()), path);
            String name = matcher.group(1);
            Optional<String> value = environment.apply(name);
            if (value.isEmpty() && matcher.group(2) == null) {
                throw new IllegalArgumentException("environment variable %s is not set (referenced at %s)".formatted(name, path));
            }
            result.append(text, end, matcher.start()).append(value.orElseGet(() -> matcher.group(2)));
            end = matcher.end();
        }
        checkNoStrayOpening(text.substring(end), path);
        return TextNode.valueOf(result.append(text.substring(end)).toString());
    }

    private static void checkNoStrayOpening(String between, String path) {
        if (between.contains(OPENING)) {
            throw new IllegalArgumentException("malformed ${...} reference at %s: expected ${NAME} or ${NAME:-fallback}".formatted(path));
        }
    }
}
