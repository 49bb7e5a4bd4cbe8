package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.AggregationFn;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryAggregation;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryGroupBy;
import com.mkven.multidb.query.QueryJoin;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 14 and rules 2/4 for aggregated columns: unique aliases that do not shadow a result
 * column, a qualifier naming a table of the query, {@code columns: []} only with aggregations,
 * and a function that suits the column type — {@code count} takes anything, {@code sum}/{@code avg}
 * need a number, {@code min}/{@code max} an ordered scalar type (the types {@code >} accepts),
 * so arrays are refused for all four.
 */
final class AggregationValidator {
    private static final Map<AggregationFn, Set<ColumnType>> INPUT_TYPES = inputTypes();

    private AggregationValidator() {}

    static Aliases validate(QueryDefinition definition, QueryScope scope, ValidationRun run) {
        if (definition.columns().isPresent() && definition.columns().get().isEmpty() && definition.aggregations().isEmpty()) {
            run.report(ValidationIssueCode.INVALID_AGGREGATION, "'columns: []' selects nothing: add an aggregation "
                    + "or leave 'columns' out", ValidationIssueDetails.empty().withTable(definition.from())
                    .withExpected("at least one aggregation").withActual("no aggregations"));
        }
        Set<String> resultColumns = resultColumns(definition);
        Aliases aliases = new Aliases();
        for (QueryAggregation aggregation : definition.aggregations()) {
            String alias = aggregation.alias();
            ValidationIssueDetails details = ValidationIssueDetails.empty().withAlias(alias);
            if (alias.isBlank()) {
                run.report(ValidationIssueCode.INVALID_AGGREGATION, "An aggregation alias must not be blank", details);
            } else if (aliases.contains(alias)) {
                run.report(ValidationIssueCode.INVALID_AGGREGATION, "Aggregation alias '" + alias
                        + "' is used more than once", details);
            } else if (resultColumns.contains(alias)) {
                run.report(ValidationIssueCode.INVALID_AGGREGATION, "Aggregation alias '" + alias
                        + "' equals a column of the result", details);
            }
            aliases.define(alias, resultType(aggregation, scope, details, run));
        }
        return aliases;
    }

    private static Optional<ColumnType> resultType(QueryAggregation aggregation, QueryScope scope,
            ValidationIssueDetails details, ValidationRun run) {
        AggregationFn fn = aggregation.fn();
        Optional<ColumnType> countType = fn == AggregationFn.COUNT ? Optional.of(ColumnType.INT) : Optional.empty();
        if (aggregation.isCountAll()) {
            if (fn != AggregationFn.COUNT) {
                run.report(ValidationIssueCode.INVALID_AGGREGATION, "'*' can only be counted, not passed to '"
                        + fn.wireName() + "'", details.withColumn(QueryAggregation.ALL_ROWS).withExpected("count")
                        .withActual(fn.wireName()));
            }
            return countType;
        }
        Optional<ScopeTable> table = scope.qualified(aggregation.table());
        if (table.isEmpty()) {
            run.report(ValidationIssueCode.INVALID_AGGREGATION, "Aggregation '" + aggregation.alias() + "' names table '"
                    + aggregation.table().orElseThrow() + "', which is neither '" + scope.from().apiName()
                    + "' nor joined", details.withTable(aggregation.table().orElseThrow()).withColumn(aggregation.column()));
            return countType;
        }
        ValidationIssueDetails columnDetails = details.withTable(table.get().apiName()).withColumn(aggregation.column());
        Optional<ColumnMeta> column = run.column(table.get(), aggregation.column(), "Column", columnDetails);
        if (column.isEmpty()) {
            return countType;
        }
        ColumnType type = column.get().type();
        if (!INPUT_TYPES.get(fn).contains(type)) {
            run.report(ValidationIssueCode.INVALID_AGGREGATION, "'" + fn.wireName() + "' is not allowed on column '"
                    + table.get().qualify(aggregation.column()) + "' of type " + type,
                    columnDetails.withExpected(ValueText.types(INPUT_TYPES.get(fn))).withActual(type.toString()));
        }
        return switch (fn) {
            case COUNT -> countType;
            case AVG -> Optional.of(ColumnType.DECIMAL);
            case SUM, MIN, MAX -> Optional.of(type);
        };
    }

    /**
     * The bare column keys of a grouped result: the listed {@code from} columns (the groupBy
     * columns when none are listed) and the listed join columns; a join without a list adds none
     * to a grouped query.
     */
    private static Set<String> resultColumns(QueryDefinition definition) {
        Set<String> columns = new HashSet<>();
        if (definition.columns().isPresent()) {
            columns.addAll(definition.columns().get());
        } else {
            for (QueryGroupBy groupBy : definition.groupBy()) {
                columns.add(groupBy.column());
            }
        }
        for (QueryJoin join : definition.joins()) {
            join.columns().ifPresent(columns::addAll);
        }
        return columns;
    }

    private static Map<AggregationFn, Set<ColumnType>> inputTypes() {
        Set<ColumnType> numbers = Collections.unmodifiableSet(EnumSet.of(ColumnType.INT, ColumnType.DECIMAL));
        Set<ColumnType> ordered = OperatorRules.allowedTypes(FilterOperator.GT);
        Map<AggregationFn, Set<ColumnType>> types = new EnumMap<>(AggregationFn.class);
        types.put(AggregationFn.COUNT, Collections.unmodifiableSet(EnumSet.allOf(ColumnType.class)));
        types.put(AggregationFn.SUM, numbers);
        types.put(AggregationFn.AVG, numbers);
        types.put(AggregationFn.MIN, ordered);
        types.put(AggregationFn.MAX, ordered);
        return Collections.unmodifiableMap(types);
    }
}
