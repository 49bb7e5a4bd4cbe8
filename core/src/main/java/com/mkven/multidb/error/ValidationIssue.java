package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One broken rule found by query validation: an entry of {@link ValidationException#errors()}. */
public record ValidationIssue(ValidationIssueCode code, String message, ValidationIssueDetails details) {
    public ValidationIssue {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
        requireNonNull(details, "details is null");
    }

    /** This issue reported against the top-level condition at {@code filterIndex} (decisions.md §6). */
    public ValidationIssue withFilterIndex(int filterIndex) {
        return new ValidationIssue(code, message, details.withFilterIndex(filterIndex));
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("code", code.name());
        json.put("message", message);
        json.set("details", details.toJson());
        return json;
    }

    static ValidationIssue fromJson(JsonFields json) {
        return new ValidationIssue(
                json.enumValue("code", ValidationIssueCode.class),
                json.text("message"),
                ValidationIssueDetails.fromJson(json.objectOrEmpty("details")));
    }
}
