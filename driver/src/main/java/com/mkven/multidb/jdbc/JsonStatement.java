package com.mkven.multidb.jdbc;

import com.mkven.multidb.error.InvalidJsonException;
import com.mkven.multidb.json.MultiDbJson;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.QueryDefinition;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A JSON query definition, possibly a template with bare {@code ?} markers in value positions (outside JSON strings,
 * so {@code "?"} stays a string). Binding puts each value's JSON encoding where its marker was, then the definition
 * is read strictly; text without markers is read once, when it is parsed.
 */
final class JsonStatement implements ParsedStatement {
    private final String text;
    private final int[] markers;
    private final Optional<QueryDefinition> parameterless;

    private JsonStatement(String text, int[] markers, Optional<QueryDefinition> parameterless) {
        this.text = text;
        this.markers = markers;
        this.parameterless = parameterless;
    }

    /** Whether text is JSON rather than SQL: it starts with <code>{</code>, after white space. */
    static boolean isJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    /** @throws SQLException {@code 42000} when text without markers is not a valid query definition */
    static JsonStatement parse(String text) throws SQLException {
        requireNonNull(text, "text is null");
        int[] markers = markers(text);
        Optional<QueryDefinition> parameterless = markers.length == 0 ? Optional.of(read(text)) : Optional.empty();
        return new JsonStatement(text, markers, parameterless);
    }

    @Override
    public int parameterCount() {
        return markers.length;
    }

    /** Markers stand anywhere a JSON value can, so their types are not known. */
    @Override
    public List<Optional<ColumnType>> parameterTypes() {
        return Collections.nCopies(markers.length, Optional.empty());
    }

    /** A JSON query's columns come in the engine's order, which is the definition's. */
    @Override
    public int[] columnOrder(List<ColumnDescriptor> engineColumns) {
        int[] order = new int[engineColumns.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return order;
    }

    @Override
    public QueryDefinition definition(List<Object> parameters) throws SQLException {
        if (parameters.size() != markers.length) {
            throw new IllegalArgumentException("%d values for %d markers".formatted(parameters.size(), markers.length));
        }
        if (parameterless.isPresent()) {
            return parameterless.get();
        }
        return read(bind(parameters));
    }

    /** The text with every marker replaced by the JSON encoding of its value. */
    String bind(List<Object> parameters) {
        StringBuilder json = new StringBuilder(text.length() + 16 * markers.length);
        int from = 0;
        for (int i = 0; i < markers.length; i++) {
            json.append(text, from, markers[i]).append(MultiDbJson.write(parameters.get(i)));
            from = markers[i] + 1;
        }
        return json.append(text, from, text.length()).toString();
    }

    private static QueryDefinition read(String json) throws SQLException {
        try {
            return MultiDbJson.read(json, QueryDefinition.class);
        } catch (InvalidJsonException e) {
            throw EngineErrors.translate(e, false);
        }
    }

    /** Positions of the {@code ?} outside JSON strings; a backslash inside a string escapes the next character. */
    private static int[] markers(String text) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '?') {
                positions.add(i);
            }
        }
        int[] markers = new int[positions.size()];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = positions.get(i);
        }
        return markers;
    }
}
