package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterOperator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 5's {@code INVALID_VALUE} cases: the {@code value} of a condition must have the shape its
 * operator takes ({@link Operand}) and hold values of the column type ({@link ValueRules}).
 * Called only once the operator is known to suit the type.
 */
final class OperandValidator {
    private static final Set<String> RANGE_FIELDS = Set.of("from", "to");
    private static final Set<String> LEVENSHTEIN_FIELDS = Set.of("text", "maxDistance");

    private OperandValidator() {}

    /**
     * Reports an {@code INVALID_VALUE} issue when the value does not fit.
     *
     * @param subject names what is filtered, e.g. "column 'orders.total'" or "alias 'totalSum'"
     */
    static void validate(FilterOperator operator, ColumnType type, Optional<Object> value, String subject,
            ValidationIssueDetails details, ValidationRun run) {
        problem(operator, type, value).ifPresent(problem -> run.report(ValidationIssueCode.INVALID_VALUE,
                "Invalid value for '" + operator + "' on " + subject + ": " + problem.reason(),
                details.withExpected(problem.expected()).withActual(problem.actual())));
    }

    private static Optional<ValueProblem> problem(FilterOperator operator, ColumnType type, Optional<Object> value) {
        return switch (OperatorRules.operand(operator)) {
            case NONE -> value.isPresent()
                    ? Optional.of(new ValueProblem("the operator takes no value", "no value", ValueText.of(value.get())))
                    : Optional.empty();
            case SCALAR -> required(value, type.toString()).or(() -> scalar(type, value.get()));
            case LIST -> required(value, listOf(type)).or(() -> list(type, value.get()));
            case TEXT -> required(value, "string").or(() -> scalar(ColumnType.STRING, value.get()));
            case RANGE -> required(value, rangeOf(type)).or(() -> range(type, value.get()));
            case LEVENSHTEIN -> required(value, "{ text, maxDistance }").or(() -> levenshtein(value.get()));
            case ELEMENT -> required(value, element(type).toString()).or(() -> scalar(element(type), value.get()));
            case ELEMENT_LIST -> required(value, listOf(element(type))).or(() -> list(element(type), value.get()));
        };
    }

    private static Optional<ValueProblem> required(Optional<Object> value, String expected) {
        return value.isPresent()
                ? Optional.empty()
                : Optional.of(new ValueProblem("a value is required", expected, "no value"));
    }

    private static Optional<ValueProblem> scalar(ColumnType type, Object value) {
        if (ValueRules.isValueOf(type, value)) {
            return Optional.empty();
        }
        return Optional.of(new ValueProblem("expected " + type + ", got " + ValueText.of(value), type.toString(),
                ValueText.of(value)));
    }

    private static Optional<ValueProblem> list(ColumnType type, Object value) {
        String expected = listOf(type);
        if (!(value instanceof List<?> list)) {
            return Optional.of(new ValueProblem("expected " + expected + ", got " + ValueText.of(value), expected,
                    ValueText.of(value)));
        }
        if (list.isEmpty()) {
            return Optional.of(new ValueProblem("the array is empty", expected, "empty array"));
        }
        // checked before any element is looked at, so a huge list costs nothing
        if (list.size() > QueryLimits.MAX_LIST_VALUES) {
            return Optional.of(new ValueProblem("the array holds " + list.size() + " values, at most "
                    + QueryLimits.MAX_LIST_VALUES + " are allowed", expected, ValueText.of(value)));
        }
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (element == null) {
                // NOT IN (…, NULL) matches no row and IN (…, NULL) never matches the NULL
                return Optional.of(new ValueProblem("element " + i + " is null; use isNull/isNotNull for NULL",
                        expected, "null at index " + i));
            }
            if (!ValueRules.isValueOf(type, element)) {
                return Optional.of(new ValueProblem("element " + i + " is not " + type + ": " + ValueText.of(element),
                        expected, ValueText.of(element) + " at index " + i));
            }
        }
        return Optional.empty();
    }

    private static Optional<ValueProblem> range(ColumnType type, Object value) {
        String expected = rangeOf(type);
        if (!(value instanceof Map<?, ?> range)) {
            return Optional.of(new ValueProblem("expected " + expected + ", got " + ValueText.of(value), expected,
                    ValueText.of(value)));
        }
        return unexpectedField(range, RANGE_FIELDS, expected)
                .or(() -> bound(range, "from", type, expected))
                .or(() -> bound(range, "to", type, expected));
    }

    private static Optional<ValueProblem> bound(Map<?, ?> range, String name, ColumnType type, String expected) {
        if (!range.containsKey(name)) {
            return Optional.of(new ValueProblem("'" + name + "' is missing", expected, "no '" + name + "'"));
        }
        Object bound = range.get(name);
        if (bound == null) {
            // BETWEEN NULL AND … is never true
            return Optional.of(new ValueProblem("'" + name + "' is null", expected, "'" + name + "' null"));
        }
        if (!ValueRules.isValueOf(type, bound)) {
            return Optional.of(new ValueProblem("'" + name + "' is not " + type + ": " + ValueText.of(bound),
                    type.toString(), ValueText.of(bound)));
        }
        return Optional.empty();
    }

    private static Optional<ValueProblem> levenshtein(Object value) {
        String expected = "{ text: string, maxDistance: non-negative integer }";
        if (!(value instanceof Map<?, ?> operand)) {
            return Optional.of(new ValueProblem("expected " + expected + ", got " + ValueText.of(value), expected,
                    ValueText.of(value)));
        }
        Optional<ValueProblem> unexpected = unexpectedField(operand, LEVENSHTEIN_FIELDS, expected);
        if (unexpected.isPresent()) {
            return unexpected;
        }
        Object text = operand.get("text");
        if (!(text instanceof String)) {
            return Optional.of(new ValueProblem("'text' must be a string", "string", ValueText.of(text)));
        }
        Object maxDistance = operand.get("maxDistance");
        if (!isNonNegativeInt(maxDistance)) {
            return Optional.of(new ValueProblem("'maxDistance' must be a non-negative integer, got "
                    + ValueText.of(maxDistance), "non-negative integer", ValueText.of(maxDistance)));
        }
        return Optional.empty();
    }

    /** A non-negative integral number in the 32-bit range: {@code maxDistance}, an EXISTS count. */
    static boolean isNonNegativeInt(Object value) {
        return ValueRules.isInt32(value) && ((Number) value).doubleValue() >= 0;
    }

    private static Optional<ValueProblem> unexpectedField(Map<?, ?> operand, Set<String> fields, String expected) {
        for (Object key : operand.keySet()) {
            if (!fields.contains(String.valueOf(key))) {
                return Optional.of(new ValueProblem("unexpected field '" + key + "'", expected, "field '" + key + "'"));
            }
        }
        return Optional.empty();
    }

    private static ColumnType element(ColumnType arrayType) {
        return arrayType.elementType().orElseThrow(() -> new IllegalArgumentException("not an array type: " + arrayType));
    }

    private static String listOf(ColumnType type) {
        return "non-empty array of " + type + " without null";
    }

    private static String rangeOf(ColumnType type) {
        return "{ from: " + type + ", to: " + type + " }";
    }
}
