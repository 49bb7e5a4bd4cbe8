package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.query.QueryDefinition;

/** Rule 11: {@code limit} and {@code offset} are non-negative, and an {@code offset} needs a {@code limit}. */
final class PagingValidator {
    private PagingValidator() {}

    static void validate(QueryDefinition definition, ValidationRun run) {
        definition.limit().filter(limit -> limit < 0).ifPresent(limit -> run.report(ValidationIssueCode.INVALID_LIMIT,
                "limit must be a non-negative integer, got " + limit,
                ValidationIssueDetails.empty().withExpected("non-negative integer").withActual(limit.toString())));
        definition.offset().filter(offset -> offset < 0).ifPresent(offset -> run.report(ValidationIssueCode.INVALID_LIMIT,
                "offset must be a non-negative integer, got " + offset,
                ValidationIssueDetails.empty().withExpected("non-negative integer").withActual(offset.toString())));
        if (definition.offset().isPresent() && definition.limit().isEmpty()) {
            run.report(ValidationIssueCode.INVALID_LIMIT, "offset needs a limit",
                    ValidationIssueDetails.empty().withExpected("limit").withActual("no limit"));
        }
    }
}
