package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Where a top-level condition sits (decisions.md §6): its index in {@code filters}, in a join's
 * {@code filters} (then {@code details.table} names the join) or in {@code having}. Every issue
 * found in the condition or anywhere below it carries this index.
 */
final class FilterSite {
    private final int index;
    private final Optional<String> join;
    private boolean tooDeepReported;

    private FilterSite(int index, Optional<String> join) {
        this.index = index;
        this.join = requireNonNull(join, "join is null");
    }

    /** A condition of {@code filters} or {@code having}. */
    static FilterSite topLevel(int index) {
        return new FilterSite(index, Optional.empty());
    }

    /** A condition of the {@code filters} of the join on {@code joinTable}. */
    static FilterSite inJoin(int index, String joinTable) {
        return new FilterSite(index, Optional.of(joinTable));
    }

    ValidationIssueDetails decorate(ValidationIssueDetails details) {
        ValidationIssueDetails indexed = details.withFilterIndex(index);
        return join.isPresent() ? indexed.withTable(join.get()) : indexed;
    }

    /**
     * The depth limit is reported once per top-level condition, and nothing below it is looked
     * at: the caller stops recursing, so no definition can exhaust the stack.
     */
    void reportTooDeep(ValidationRun run) {
        if (!tooDeepReported) {
            tooDeepReported = true;
            run.report(ValidationIssueCode.INVALID_FILTER, "Filter nesting is deeper than "
                    + QueryLimits.MAX_FILTER_DEPTH + " levels of groups and EXISTS",
                    decorate(ValidationIssueDetails.empty().withExpected("at most " + QueryLimits.MAX_FILTER_DEPTH
                            + " nested levels")));
        }
    }
}
