package com.mkven.multidb.validation;

import java.util.regex.Pattern;

/** The rules of metadata.md §12 an apiName can break, in the order they are checked. */
enum ApiNameRule {
    LENGTH("1 to " + ApiNameRule.MAX_LENGTH + " characters"),
    FORMAT(ApiNameRule.FORMAT_REGEX),
    RESERVED_WORD("not a reserved word");

    static final int MAX_LENGTH = 64;
    static final String FORMAT_REGEX = "^[a-z][a-zA-Z0-9]*$";
    static final Pattern FORMAT_PATTERN = Pattern.compile(FORMAT_REGEX);

    private final String expected;

    ApiNameRule(String expected) {
        this.expected = expected;
    }

    /** What a valid name looks like under this rule, for {@code details.expected}. */
    String expected() {
        return expected;
    }

    /** Completes a sentence that starts with the name, e.g. "must match ^[a-z][a-zA-Z0-9]*$". */
    String problem(String apiName) {
        return switch (this) {
            case LENGTH -> "must be 1 to " + MAX_LENGTH + " characters long (has "
                    + apiName.codePointCount(0, apiName.length()) + ")";
            case FORMAT -> "must match " + FORMAT_REGEX;
            case RESERVED_WORD -> "is a reserved word";
        };
    }
}
