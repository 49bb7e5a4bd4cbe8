package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryJoin;

import java.util.List;

/** Rules 2 and 4 for the selected columns of {@code from} and of every join. */
final class SelectionValidator {
    private SelectionValidator() {}

    static void validate(QueryDefinition definition, QueryScope scope, ValidationRun run) {
        definition.columns().ifPresent(columns -> check(scope.from(), columns, run));
        for (QueryJoin join : definition.joins()) {
            join.columns().ifPresent(columns -> check(scope.joined(join), columns, run));
        }
    }

    private static void check(ScopeTable table, List<String> columns, ValidationRun run) {
        for (String column : columns) {
            run.column(table, column, "Column",
                    ValidationIssueDetails.empty().withTable(table.apiName()).withColumn(column));
        }
    }
}
