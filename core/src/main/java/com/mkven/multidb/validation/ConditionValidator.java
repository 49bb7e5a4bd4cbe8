package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryFilter;

import java.util.Optional;

/**
 * Rules 2, 4 and 5 for one column-versus-value condition: the qualifier, the column, the
 * operator against the §11 matrix, nullability for null tests, then the value. Each step needs
 * the one before it, so the first failing step is the only one reported.
 */
final class ConditionValidator {
    private ConditionValidator() {}

    static void validate(QueryFilter filter, FilterContext context, FilterSite site, ValidationRun run) {
        FilterOperator operator = filter.operator();
        Optional<ScopeTable> table = context.resolve(filter.table(), context.defaultTable());
        if (table.isEmpty()) {
            String named = filter.table().orElseThrow();
            run.report(ValidationIssueCode.INVALID_FILTER, "Filter on '" + named + "." + filter.column()
                    + "' names a table that is not available here: " + context.qualifierRule(),
                    site.decorate(ValidationIssueDetails.empty().withTable(named).withColumn(filter.column())
                            .withOperator(operator.toString())));
            return;
        }
        ValidationIssueDetails details = site.decorate(ValidationIssueDetails.empty()
                .withTable(table.get().apiName()).withColumn(filter.column()).withOperator(operator.toString()));
        Optional<ColumnMeta> column = run.column(table.get(), filter.column(), "Column", details);
        if (column.isEmpty()) {
            return;
        }
        String subject = "column '" + table.get().qualify(filter.column()) + "'";
        ColumnType type = column.get().type();
        if (!OperatorRules.allows(operator, type)) {
            run.report(ValidationIssueCode.INVALID_FILTER, "Operator '" + operator + "' is not allowed on " + subject
                    + " of type " + type, details.withExpected(ValueText.types(OperatorRules.allowedTypes(operator)))
                    .withActual(type.toString()));
            return;
        }
        if ((operator == FilterOperator.IS_NULL || operator == FilterOperator.IS_NOT_NULL) && !column.get().nullable()) {
            run.report(ValidationIssueCode.INVALID_FILTER, "Operator '" + operator + "' needs a nullable column; "
                    + subject + " is not nullable", details.withExpected("nullable column").withActual("not nullable"));
            return;
        }
        OperandValidator.validate(operator, type, filter.value(), subject, details, run);
    }
}
