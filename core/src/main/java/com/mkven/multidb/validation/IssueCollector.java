package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every issue of one validation run, in the order found; a query is valid when none was found. */
final class IssueCollector {
    private final List<ValidationIssue> issues = new ArrayList<>();

    void add(ValidationIssueCode code, String message, ValidationIssueDetails details) {
        issues.add(new ValidationIssue(code, message, details));
    }

    Optional<ValidationException> result(String fromTable) {
        return issues.isEmpty() ? Optional.empty() : Optional.of(new ValidationException(fromTable, issues));
    }
}
