package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterNode;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryColumnFilter;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import com.mkven.multidb.query.QueryFilterGroup;

import java.util.Optional;

/**
 * Rule 8: HAVING conditions compare aggregation aliases with values. No qualifier, no column
 * filters or EXISTS, only comparison, list, range and null operators (null tests need no
 * nullable flag); the operator must suit the alias's result type and the value must be of it.
 */
final class HavingValidator {
    private final ValidationRun run;
    private final Aliases aliases;

    private HavingValidator(ValidationRun run, Aliases aliases) {
        this.run = run;
        this.aliases = aliases;
    }

    static void validate(QueryDefinition definition, Aliases aliases, ValidationRun run) {
        HavingValidator validator = new HavingValidator(run, aliases);
        for (int i = 0; i < definition.having().size(); i++) {
            validator.node(definition.having().get(i), FilterSite.topLevel(i), 0);
        }
    }

    private void node(FilterNode node, FilterSite site, int depth) {
        if (depth > QueryLimits.MAX_FILTER_DEPTH) {
            site.reportTooDeep(run);
            return;
        }
        // FilterNode has no visitor; these four are all its permitted variants
        if (node instanceof QueryFilter filter) {
            condition(filter, site);
        } else if (node instanceof QueryColumnFilter filter) {
            run.report(ValidationIssueCode.INVALID_HAVING, "HAVING compares aggregation aliases with values; "
                    + "a column filter ('" + filter.column() + "' " + filter.operator() + " '" + filter.refColumn()
                    + "') is not allowed there", site.decorate(ValidationIssueDetails.empty().withAlias(filter.column())
                    .withRefColumn(filter.refColumn()).withOperator(filter.operator().toString())));
        } else if (node instanceof QueryFilterGroup group) {
            group(group, site, depth);
        } else if (node instanceof QueryExistsFilter exists) {
            run.report(ValidationIssueCode.INVALID_HAVING, "EXISTS on '" + exists.table()
                    + "' is not allowed in HAVING", site.decorate(ValidationIssueDetails.empty().withTable(exists.table())));
        } else {
            throw new IllegalStateException("unknown filter node " + node.getClass().getName());
        }
    }

    private void group(QueryFilterGroup group, FilterSite site, int depth) {
        if (group.conditions().isEmpty()) {
            run.report(ValidationIssueCode.INVALID_HAVING, "A HAVING group needs at least one condition",
                    site.decorate(ValidationIssueDetails.empty().withExpected("at least one condition")
                            .withActual("no conditions")));
            return;
        }
        for (FilterNode condition : group.conditions()) {
            node(condition, site, depth + 1);
        }
    }

    private void condition(QueryFilter filter, FilterSite site) {
        FilterOperator operator = filter.operator();
        String alias = filter.column();
        ValidationIssueDetails details = site.decorate(ValidationIssueDetails.empty().withAlias(alias)
                .withOperator(operator.toString()));
        boolean valid = true;
        if (filter.table().isPresent()) {
            valid = false;
            run.report(ValidationIssueCode.INVALID_HAVING, "HAVING names aggregation aliases; the table qualifier '"
                    + filter.table().get() + "' on '" + alias + "' is not allowed", details.withTable(filter.table().get()));
        }
        if (!aliases.contains(alias)) {
            valid = false;
            run.report(ValidationIssueCode.INVALID_HAVING, "HAVING refers to '" + alias
                    + "', which is not an alias defined in aggregations", details);
        }
        if (!OperatorRules.allowedInHaving(operator)) {
            valid = false;
            run.report(ValidationIssueCode.INVALID_HAVING, "Operator '" + operator + "' is not allowed in HAVING",
                    details.withExpected(operators()).withActual(operator.toString()));
        }
        Optional<ColumnType> type = aliases.type(alias);
        if (!valid || type.isEmpty()) {
            return;
        }
        String subject = "alias '" + alias + "'";
        if (!OperatorRules.allows(operator, type.get())) {
            run.report(ValidationIssueCode.INVALID_HAVING, "Operator '" + operator + "' is not allowed on " + subject
                    + " of type " + type.get(), details.withExpected(ValueText.types(
                    OperatorRules.allowedTypes(operator))).withActual(type.get().toString()));
            return;
        }
        OperandValidator.validate(operator, type.get(), filter.value(), subject, details, run);
    }

    private static String operators() {
        StringBuilder names = new StringBuilder();
        for (FilterOperator operator : OperatorRules.havingOperators()) {
            names.append(names.length() == 0 ? "" : ", ").append(operator);
        }
        return names.toString();
    }
}
