package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Validation rules 1–14 of query.md §10 with the settlements of decisions.md §1–§6: every rule
 * runs and every issue is collected into one {@link ValidationException}, which is returned, not
 * thrown (the engine throws it).
 *
 * <p>Limits ({@link QueryLimits}), so that no input exhausts the stack or the CPU:
 * <ul>
 * <li>a condition nested in more than {@value QueryLimits#MAX_FILTER_DEPTH} groups/EXISTS is one
 *     {@code INVALID_FILTER} issue per top-level condition, and nothing below it is visited;</li>
 * <li>more than {@value QueryLimits#MAX_FILTER_NODES} filter nodes in {@code filters}, join
 *     filters and {@code having} together are one {@code INVALID_FILTER} issue, and no filter is
 *     validated further;</li>
 * <li>{@code in}/{@code notIn}/{@code arrayContainsAll}/{@code arrayContainsAny} lists over
 *     {@value QueryLimits#MAX_LIST_VALUES} values are {@code INVALID_VALUE}, and a {@code byIds}
 *     list over that size is {@code INVALID_BY_IDS}; their elements are then not looked at.</li>
 * </ul>
 *
 * <p>Where the spec is silent this validator also refuses: an empty filter group; a value given
 * to an operator that takes none; unknown fields in {@code between}/{@code levenshteinLte}
 * values; a table joined twice (or joining {@code from}); a qualifier inside EXISTS naming
 * another table than the EXISTS table; {@code sum}/{@code avg} on non-numeric and
 * {@code min}/{@code max} on unordered columns; {@code '*'} with another function than
 * {@code count}; a blank alias; sorting a grouped query by an ungrouped column. When a role id is
 * unknown or no scope is given, that is the only access issue reported: the access the caller
 * meant cannot be known.
 */
public final class QueryValidator {
    private QueryValidator() {}

    /** All issues of {@code definition} for {@code context}; empty when the query is valid. */
    public static Optional<ValidationException> validateQuery(QueryDefinition definition, ExecutionContext context,
            MetadataIndex index) {
        requireNonNull(definition, "definition is null");
        requireNonNull(context, "context is null");
        requireNonNull(index, "index is null");
        IssueCollector issues = new IssueCollector();
        ValidationRun run = new ValidationRun(index, RoleValidator.validate(context.roles(), index, issues), issues);
        QueryScope scope = TableValidator.validate(definition, run);
        SelectionValidator.validate(definition, scope, run);
        Aliases aliases = AggregationValidator.validate(definition, scope, run);
        Grouping grouping = GroupByValidator.validate(definition, scope, aliases, run);
        if (FilterBudget.exceeded(definition)) {
            run.report(ValidationIssueCode.INVALID_FILTER, "The query has more than " + QueryLimits.MAX_FILTER_NODES
                    + " filter conditions", ValidationIssueDetails.empty().withExpected("at most "
                    + QueryLimits.MAX_FILTER_NODES + " filter conditions"));
        } else {
            FilterValidator.validate(definition, scope, run);
            HavingValidator.validate(definition, aliases, run);
        }
        OrderByValidator.validate(definition, scope, aliases, grouping, run);
        PagingValidator.validate(definition, run);
        ByIdsValidator.validate(definition, scope, run);
        return issues.result(definition.from());
    }
}
