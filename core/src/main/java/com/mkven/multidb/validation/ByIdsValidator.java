package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.QueryDefinition;

import java.util.List;
import java.util.Optional;

/**
 * Rule 10: {@code byIds} is a non-empty list (at most {@link QueryLimits#MAX_LIST_VALUES}) of
 * values of the type of a single-column primary key (decisions.md §4), and does not mix with
 * {@code groupBy} or aggregations.
 */
final class ByIdsValidator {
    private ByIdsValidator() {}

    static void validate(QueryDefinition definition, QueryScope scope, ValidationRun run) {
        if (definition.byIds().isEmpty()) {
            return;
        }
        List<Object> ids = definition.byIds().get();
        ValidationIssueDetails details = ValidationIssueDetails.empty().withTable(definition.from());
        if (!definition.groupBy().isEmpty() || !definition.aggregations().isEmpty()) {
            run.report(ValidationIssueCode.INVALID_BY_IDS, "byIds cannot be combined with groupBy or aggregations",
                    details.withActual(definition.groupBy().isEmpty() ? "aggregations" : "groupBy"));
        }
        if (ids.isEmpty()) {
            run.report(ValidationIssueCode.INVALID_BY_IDS, "byIds must not be empty",
                    details.withExpected("at least one id").withActual("empty array"));
            return;
        }
        if (ids.size() > QueryLimits.MAX_LIST_VALUES) {
            run.report(ValidationIssueCode.INVALID_BY_IDS, "byIds holds " + ids.size() + " ids, at most "
                    + QueryLimits.MAX_LIST_VALUES + " are allowed", details.withExpected("at most "
                    + QueryLimits.MAX_LIST_VALUES + " ids").withActual(ValueText.count(ids.size(), "id")));
            return;
        }
        scope.from().meta().ifPresent(table -> checkKey(table, ids, details, run));
    }

    private static void checkKey(TableMeta table, List<Object> ids, ValidationIssueDetails details, ValidationRun run) {
        if (table.primaryKey().size() != 1) {
            run.report(ValidationIssueCode.INVALID_BY_IDS, "byIds needs a single-column primary key; '" + table.apiName()
                    + "' has " + table.primaryKey(), details.withExpected("single-column primary key")
                    .withActual(String.join(", ", table.primaryKey())));
            return;
        }
        Optional<ColumnMeta> key = run.index().column(table, table.primaryKey().get(0));
        // a key naming no column or an array column is a config defect: there is no type to check ids against
        if (key.isEmpty() || key.get().type().isArray()) {
            return;
        }
        ColumnType type = key.get().type();
        for (int i = 0; i < ids.size(); i++) {
            Object id = ids.get(i);
            if (id == null || !ValueRules.isValueOf(type, id)) {
                run.report(ValidationIssueCode.INVALID_BY_IDS, "byIds element " + i + " does not match the " + type
                        + " primary key of '" + table.apiName() + "': " + ValueText.of(id), details.withColumn(key.get().apiName())
                        .withExpected(type.toString()).withActual(ValueText.of(id)));
                return;
            }
        }
    }
}
