package com.mkven.multidb.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into a JSON path and a message a user can act on, without Java
 * class names (the caller sent JSON, not Java).
 */
final class JsonErrorText {
    private JsonErrorText() {}

    static String path(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping)) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    static String problem(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown field '%s' (known fields: %s)".formatted(unknown.getPropertyName(), String.join(", ", known));
        }
        if (exception instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return "unknown value '%s' (expected one of: %s)".formatted(format.getValue(), enumValues(format.getTargetType()));
        }
        if (exception instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        if (exception instanceof StreamConstraintsException) {
            return exception.getOriginalMessage();
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return mismatchText(mismatch);
        }
        return firstLine(exception.getOriginalMessage());
    }

    private static String mismatchText(MismatchedInputException mismatch) {
        String original = firstLine(mismatch.getOriginalMessage());
        if (original.startsWith("Missing required creator property")) {
            int start = original.indexOf('\'');
            int end = original.indexOf('\'', start + 1);
            return "missing required field '%s'".formatted(original.substring(start + 1, end));
        }
        Class<?> target = mismatch.getTargetType();
        if (target != null && !original.startsWith("expected")) {
            return "expected %s: %s".formatted(expectedShape(target), withoutClassNames(original));
        }
        return withoutClassNames(original);
    }

    private static String expectedShape(Class<?> target) {
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class || target == double.class) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (target.isEnum()) {
            return "one of: " + enumValues(target);
        }
        return "an object";
    }

    private static String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> MultiDbJson.write(constant).replace("\"", ""))
                .collect(Collectors.joining(", "));
    }

    private static String withoutClassNames(String text) {
        // "`com.mkven.multidb.query.QueryJoin`" → "QueryJoin"; "java.util.ArrayList<...>" → "array"
        return text.replaceAll("`java\\.util\\.[A-Za-z]*List<[^`]*>`", "array")
                .replaceAll("`(?:[a-z0-9_]+\\.)+([A-Za-z0-9_$]+)(?:<[^`]*>)?`", "$1")
                .replaceAll("\\(for Object starting at \\[Source[^)]*\\)[^)]*\\)", "")
                .trim();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "malformed JSON";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
