package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryOrderBy;

import java.util.Optional;

/**
 * Rule 9 and rules 2/4 for sort keys. An unqualified name that is an aggregation alias sorts by
 * the alias (sql.md §2.7); anything else is a column of {@code from} or a joined table, not an
 * array, and — in a grouped query, where SQL engines refuse anything else — a grouped column.
 */
final class OrderByValidator {
    private OrderByValidator() {}

    static void validate(QueryDefinition definition, QueryScope scope, Aliases aliases, Grouping grouping,
            ValidationRun run) {
        for (QueryOrderBy orderBy : definition.orderBy()) {
            if (orderBy.table().isEmpty() && aliases.contains(orderBy.column())) {
                continue;
            }
            Optional<ScopeTable> table = scope.qualified(orderBy.table());
            if (table.isEmpty()) {
                String named = orderBy.table().orElseThrow();
                run.report(ValidationIssueCode.INVALID_ORDER_BY, "orderBy names table '" + named + "', which is neither '"
                        + scope.from().apiName() + "' nor joined",
                        ValidationIssueDetails.empty().withTable(named).withColumn(orderBy.column()));
                continue;
            }
            ValidationIssueDetails details = ValidationIssueDetails.empty().withTable(table.get().apiName())
                    .withColumn(orderBy.column());
            Optional<ColumnMeta> column = run.column(table.get(), orderBy.column(), "Column", details);
            if (column.isEmpty()) {
                continue;
            }
            String name = table.get().qualify(orderBy.column());
            if (column.get().type().isArray()) {
                run.report(ValidationIssueCode.INVALID_ORDER_BY, "Array column '" + name + "' cannot be sorted by",
                        details.withExpected("scalar column").withActual(column.get().type().toString()));
            } else if (grouping.grouped() && !grouping.contains(table.get(), orderBy.column())) {
                run.report(ValidationIssueCode.INVALID_ORDER_BY, "A grouped query can only be sorted by a groupBy column "
                        + "or an aggregation alias; '" + name + "' is neither", details.withExpected("groupBy column or alias"));
            }
        }
    }
}
