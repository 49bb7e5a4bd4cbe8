package com.mkven.multidb.validation;

import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The apiName rules of metadata.md §12 for table and column apiNames: camelCase format, 1–64 characters and none of
 * the 29 reserved words.
 */
public final class ApiNames {
    /*
     * Matched case-sensitively, as the spec lists them. A capitalised variant such as "From" cannot slip through:
     * the format rule already demands a lowercase first letter. Mixed-case names such as "orDer" are accepted.
     */
    private static final Set<String> RESERVED_WORDS = Set.of(
            "from", "select", "where", "having", "limit", "offset", "order", "group", "join", "distinct",
            "exists", "null", "true", "false", "and", "or", "not", "in", "like", "as",
            "on", "by", "asc", "desc", "count", "sum", "avg", "min", "max");

    private ApiNames() {}

    /**
     * Checks one apiName.
     *
     * @return empty when the name is valid, otherwise what is wrong with it, e.g.
     *         {@code "apiName 'Order_Items' must match ^[a-z][a-zA-Z0-9]*$"}
     */
    public static Optional<String> validateApiName(String apiName) {
        return brokenRule(apiName).map(rule -> "apiName '" + apiName + "' " + rule.problem(apiName));
    }

    /** The first rule the name breaks: length, then format, then reserved words. */
    static Optional<ApiNameRule> brokenRule(String apiName) {
        requireNonNull(apiName, "apiName is null");
        // Code points, so a name of 64 non-BMP characters is not counted as 128.
        int length = apiName.codePointCount(0, apiName.length());
        if (length < 1 || length > ApiNameRule.MAX_LENGTH) {
            return Optional.of(ApiNameRule.LENGTH);
        }
        if (!ApiNameRule.FORMAT_PATTERN.matcher(apiName).matches()) {
            return Optional.of(ApiNameRule.FORMAT);
        }
        if (RESERVED_WORDS.contains(apiName)) {
            return Optional.of(ApiNameRule.RESERVED_WORD);
        }
        return Optional.empty();
    }
}
