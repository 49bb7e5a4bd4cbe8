package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;
import com.mkven.multidb.query.QueryJoin;

import java.util.List;

/**
 * Walks {@code filters} and every join's {@code filters} through groups and EXISTS (rules 1–5
 * and 12). Recursion stops at {@link QueryLimits#MAX_FILTER_DEPTH}, so the stack stays shallow
 * whatever the definition.
 */
final class FilterValidator {
    private final ValidationRun run;

    private FilterValidator(ValidationRun run) {
        this.run = run;
    }

    static void validate(QueryDefinition definition, QueryScope scope, ValidationRun run) {
        FilterValidator validator = new FilterValidator(run);
        FilterContext topLevel = FilterContext.topLevel(scope);
        for (int i = 0; i < definition.filters().size(); i++) {
            validator.node(definition.filters().get(i), topLevel, FilterSite.topLevel(i), 0);
        }
        for (QueryJoin join : definition.joins()) {
            FilterContext context = FilterContext.join(scope, scope.joined(join));
            for (int i = 0; i < join.filters().size(); i++) {
                validator.node(join.filters().get(i), context, FilterSite.inJoin(i, join.table()), 0);
            }
        }
    }

    private void node(FilterNode node, FilterContext context, FilterSite site, int depth) {
        if (depth > QueryLimits.MAX_FILTER_DEPTH) {
            site.reportTooDeep(run);
            return;
        }
        // FilterNode has no visitor; these four are all its permitted variants
        if (node instanceof QueryFilter filter) {
            ConditionValidator.validate(filter, context, site, run);
        } else if (node instanceof QueryColumnFilter filter) {
            ColumnFilterValidator.validate(filter, context, site, run);
        } else if (node instanceof QueryFilterGroup group) {
            group(group, context, site, depth);
        } else if (node instanceof QueryExistsFilter exists) {
            exists(exists, context, site, depth);
        } else {
            throw new IllegalStateException("unknown filter node " + node.getClass().getName());
        }
    }

    private void group(QueryFilterGroup group, FilterContext context, FilterSite site, int depth) {
        if (group.conditions().isEmpty()) {
            // an empty AND/OR has no agreed meaning and renders as invalid SQL
            run.report(ValidationIssueCode.INVALID_FILTER, "A filter group needs at least one condition",
                    site.decorate(ValidationIssueDetails.empty().withExpected("at least one condition")
                            .withActual("no conditions")));
            return;
        }
        for (FilterNode condition : group.conditions()) {
            node(condition, context, site, depth + 1);
        }
    }

    private void exists(QueryExistsFilter exists, FilterContext context, FilterSite site, int depth) {
        ValidationIssueDetails details = site.decorate(ValidationIssueDetails.empty().withTable(exists.table()));
        ScopeTable table = run.table(exists.table(), details);
        if (table.meta().isPresent()) {
            checkRelation(table.meta().get(), context.existsParents(), details);
        }
        exists.count().ifPresent(count -> checkCount(count, exists.table(), details));
        FilterContext inner = FilterContext.exists(table);
        for (FilterNode condition : exists.filters()) {
            node(condition, inner, site, depth + 1);
        }
    }

    /**
     * Rule 12: the EXISTS table must relate to its parent: {@code from} or else the first related
     * join at the top, the join inside a join's filters, the enclosing EXISTS table when nested.
     * Nothing is said when a parent is unknown: that has its own issue.
     */
    private void checkRelation(TableMeta table, List<ScopeTable> parents, ValidationIssueDetails details) {
        for (ScopeTable parent : parents) {
            if (parent.meta().isEmpty() || run.index().relationBetween(parent.meta().get(), table).isPresent()) {
                return;
            }
        }
        run.report(ValidationIssueCode.INVALID_EXISTS, "EXISTS on '" + table.apiName() + "' has no relation to "
                + describe(parents) + " to correlate with", details);
    }

    private void checkCount(ExistsCount count, String table, ValidationIssueDetails details) {
        if (!OperandValidator.isNonNegativeInt(count.value())) {
            run.report(ValidationIssueCode.INVALID_EXISTS, "EXISTS count on '" + table
                    + "' must be a non-negative integer, got " + count.value(),
                    details.withOperator(count.operator().toString()).withExpected("non-negative integer")
                            .withActual(ValueText.of(count.value())));
        }
    }

    private static String describe(List<ScopeTable> parents) {
        if (parents.size() == 1) {
            return "'" + parents.get(0).apiName() + "'";
        }
        return "'" + parents.get(0).apiName() + "' or any joined table";
    }
}
