package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code ValidationError} / {@code VALIDATION_FAILED}: a query broke validation rules 1–14. Every issue found is in
 * {@link #errors()}; the message only counts them ("Validation failed: 5 errors").
 */
public final class ValidationException extends MultiDbException {
    private final String fromTable;
    private final List<ValidationIssue> errors;

    /** @param fromTable the query's {@code from} */
    public ValidationException(String fromTable, List<ValidationIssue> errors) {
        this(summary(errors), fromTable, errors);
    }

    /** With the message given, as when the error is rebuilt from a server's answer. */
    public ValidationException(String message, String fromTable, List<ValidationIssue> errors) {
        super(ErrorCode.VALIDATION_FAILED, message, Optional.empty());
        this.fromTable = requireNonNull(fromTable, "fromTable is null");
        this.errors = nonEmptyCopy(errors);
    }

    private static String summary(List<ValidationIssue> errors) {
        return "Validation failed: " + Plural.count(nonEmptyCopy(errors).size(), "error");
    }

    private static List<ValidationIssue> nonEmptyCopy(List<ValidationIssue> errors) {
        List<ValidationIssue> copy = List.copyOf(requireNonNull(errors, "errors is null"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("errors is empty: a valid query raises no ValidationException");
        }
        return copy;
    }

    /** The query's {@code from}. */
    public String fromTable() {
        return fromTable;
    }

    public List<ValidationIssue> errors() {
        return errors;
    }

    @Override
    public String errorName() {
        return ErrorCategory.VALIDATION.errorName();
    }

    @Override
    void writeOwnFields(ObjectNode json, ThrowableJson throwables) {
        json.put("fromTable", fromTable);
        ArrayNode array = json.putArray("errors");
        for (ValidationIssue issue : errors) {
            array.add(issue.toJson());
        }
    }
}
