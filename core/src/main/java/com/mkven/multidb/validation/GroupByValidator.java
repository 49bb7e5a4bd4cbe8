package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryJoin;

import java.util.List;
import java.util.Optional;

/**
 * Rule 7 and rules 2/4 for grouped columns: a qualifier naming a table of the query, no array
 * columns, and in a grouped query every listed column grouped. Listed columns that do not exist
 * were reported by rule 2 and are not reported again here.
 */
final class GroupByValidator {
    private GroupByValidator() {}

    static Grouping validate(QueryDefinition definition, QueryScope scope, Aliases aliases, ValidationRun run) {
        Grouping grouping = new Grouping(!definition.groupBy().isEmpty() || !definition.aggregations().isEmpty());
        for (QueryGroupBy groupBy : definition.groupBy()) {
            Optional<ScopeTable> table = scope.qualified(groupBy.table());
            if (table.isEmpty()) {
                String named = groupBy.table().orElseThrow();
                run.report(ValidationIssueCode.INVALID_GROUP_BY, "groupBy names table '" + named + "', which is neither '"
                        + scope.from().apiName() + "' nor joined",
                        ValidationIssueDetails.empty().withTable(named).withColumn(groupBy.column()));
                continue;
            }
            ValidationIssueDetails details = ValidationIssueDetails.empty().withTable(table.get().apiName())
                    .withColumn(groupBy.column());
            Optional<ColumnMeta> column = run.column(table.get(), groupBy.column(), "Column", details);
            if (column.isPresent() && column.get().type().isArray()) {
                run.report(ValidationIssueCode.INVALID_GROUP_BY, "Array column '" + table.get().qualify(groupBy.column())
                        + "' cannot be grouped", details.withExpected("scalar column")
                        .withActual(column.get().type().toString()));
            }
            grouping.add(table.get(), groupBy.column());
        }
        if (grouping.grouped()) {
            definition.columns().ifPresent(columns -> checkGrouped(scope.from(), columns, grouping, aliases, run));
            for (QueryJoin join : definition.joins()) {
                join.columns().ifPresent(columns -> checkGrouped(scope.joined(join), columns, grouping, aliases, run));
            }
        }
        return grouping;
    }

    private static void checkGrouped(ScopeTable table, List<String> columns, Grouping grouping, Aliases aliases,
            ValidationRun run) {
        for (String column : columns) {
            boolean exists = table.meta().flatMap(meta -> run.index().column(meta, column)).isPresent();
            if (exists && !aliases.contains(column) && !grouping.contains(table, column)) {
                run.report(ValidationIssueCode.INVALID_GROUP_BY, "Column '" + table.qualify(column)
                        + "' is selected but not in groupBy", ValidationIssueDetails.empty()
                        .withTable(table.apiName()).withColumn(column));
            }
        }
    }
}
