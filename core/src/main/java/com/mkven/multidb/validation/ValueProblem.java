package com.mkven.multidb.validation;

import static java.util.Objects.requireNonNull;

/**
 * Why a filter value was refused.
 *
 * @param reason the end of the message, e.g. "'to' is missing"
 * @param expected what was expected, for {@code details.expected}
 * @param actual what was given, for {@code details.actual}
 */
record ValueProblem(String reason, String expected, String actual) {
    ValueProblem {
        requireNonNull(reason, "reason is null");
        requireNonNull(expected, "expected is null");
        requireNonNull(actual, "actual is null");
    }
}
