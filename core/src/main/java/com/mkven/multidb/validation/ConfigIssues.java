package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigException;
import com.mkven.multidb.error.ConfigIssue;
import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The issues found so far; every check adds to the same list so that one run reports them all. */
final class ConfigIssues {
    private final List<ConfigIssue> issues = new ArrayList<>();

    void add(ConfigIssueCode code, String message, ConfigIssueDetails details) {
        issues.add(new ConfigIssue(code, message, details));
    }

    Optional<ConfigException> toException() {
        return issues.isEmpty() ? Optional.empty() : Optional.of(new ConfigException(issues));
    }
}
