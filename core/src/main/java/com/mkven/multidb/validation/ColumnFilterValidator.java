package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryColumnFilter;

import java.util.Optional;

/**
 * Rules 2, 4 and 5 for a column-versus-column condition (query.md §4.3, decisions.md §5): both
 * sides must exist and be allowed, neither may be an array, the types must be compatible (equal,
 * {@code int}↔{@code decimal} or {@code date}↔{@code timestamp}) and the operator must suit them.
 */
final class ColumnFilterValidator {
    private ColumnFilterValidator() {}

    static void validate(QueryColumnFilter filter, FilterContext context, FilterSite site, ValidationRun run) {
        Optional<ScopeTable> left = context.resolve(filter.table(), context.columnFilterDefault());
        Optional<ScopeTable> right = context.resolve(filter.refTable(), context.columnFilterDefault());
        ValidationIssueDetails details = site.decorate(ValidationIssueDetails.empty()
                .withTable(filter.table().orElse(context.columnFilterDefault().apiName()))
                .withColumn(filter.column())
                .withOperator(filter.operator().toString())
                .withRefTable(filter.refTable().orElse(context.columnFilterDefault().apiName()))
                .withRefColumn(filter.refColumn()));
        if (left.isEmpty()) {
            reportQualifier(filter.table().orElseThrow(), filter.column(), context, details, run);
        }
        if (right.isEmpty()) {
            reportQualifier(filter.refTable().orElseThrow(), filter.refColumn(), context, details, run);
        }
        Optional<ColumnMeta> leftColumn = left.flatMap(table -> run.column(table, filter.column(), "Column", details));
        Optional<ColumnMeta> rightColumn = right.flatMap(table -> run.column(table, filter.refColumn(), "Right column", details));
        // '|', not '||': an array on each side is two issues
        boolean arrays = rejectArray(left, leftColumn, details, run) | rejectArray(right, rightColumn, details, run);
        if (arrays || leftColumn.isEmpty() || rightColumn.isEmpty()) {
            return;
        }
        ColumnType leftType = leftColumn.get().type();
        ColumnType rightType = rightColumn.get().type();
        String sides = "'" + left.get().qualify(filter.column()) + "' (" + leftType + ") and '"
                + right.get().qualify(filter.refColumn()) + "' (" + rightType + ")";
        if (!compatible(leftType, rightType)) {
            run.report(ValidationIssueCode.INVALID_FILTER, "Columns " + sides + " have incompatible types",
                    details.withExpected(compatibleWith(leftType)).withActual(rightType.toString()));
            return;
        }
        FilterOperator operator = filter.operator().asFilterOperator();
        // compatible types share their row of the matrix, so the left type decides for both
        if (!OperatorRules.allows(operator, leftType)) {
            run.report(ValidationIssueCode.INVALID_FILTER, "Operator '" + operator + "' is not allowed between columns "
                    + sides, details.withExpected(ValueText.types(OperatorRules.allowedTypes(operator)))
                    .withActual(leftType.toString()));
        }
    }

    private static boolean compatible(ColumnType left, ColumnType right) {
        return left == right || (left.isNumeric() && right.isNumeric()) || (left.isTemporal() && right.isTemporal());
    }

    private static String compatibleWith(ColumnType type) {
        if (type.isNumeric()) {
            return "int or decimal";
        }
        return type.isTemporal() ? "date or timestamp" : type.toString();
    }

    private static boolean rejectArray(Optional<ScopeTable> table, Optional<ColumnMeta> column,
            ValidationIssueDetails details, ValidationRun run) {
        if (column.isEmpty() || !column.get().type().isArray()) {
            return false;
        }
        run.report(ValidationIssueCode.INVALID_FILTER, "Column filters cannot compare array column '"
                + table.orElseThrow().qualify(column.get().apiName()) + "'",
                details.withExpected("scalar column").withActual(column.get().type().toString()));
        return true;
    }

    private static void reportQualifier(String named, String column, FilterContext context,
            ValidationIssueDetails details, ValidationRun run) {
        run.report(ValidationIssueCode.INVALID_FILTER, "Column filter on '" + named + "." + column
                + "' names a table that is not available here: " + context.qualifierRule(), details);
    }
}
