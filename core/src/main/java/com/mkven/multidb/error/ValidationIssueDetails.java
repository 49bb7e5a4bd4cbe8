package com.mkven.multidb.error;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What a validation issue points at (query.md §12): {@code expected}/{@code actual} values, the {@code table},
 * {@code column}, {@code role}, aggregation {@code alias} and filter {@code operator} involved, the right side of a
 * column filter ({@code refColumn}, {@code refTable}) and the zero-based {@code filterIndex} of the failing top-level
 * condition (decisions.md §6). Every field is optional; start from {@link #empty()} and add what applies:
 * {@code ValidationIssueDetails.empty().withTable("orders").withColumn("total")}.
 */
public record ValidationIssueDetails(
        Optional<String> expected,
        Optional<String> actual,
        Optional<String> table,
        Optional<String> column,
        Optional<String> role,
        Optional<String> alias,
        Optional<String> operator,
        Optional<String> refColumn,
        Optional<String> refTable,
        Optional<Integer> filterIndex) {
    private static final ValidationIssueDetails EMPTY = new ValidationIssueDetails(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ValidationIssueDetails {
        requireNonNull(expected, "expected is null");
        requireNonNull(actual, "actual is null");
        requireNonNull(table, "table is null");
        requireNonNull(column, "column is null");
        requireNonNull(role, "role is null");
        requireNonNull(alias, "alias is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(refColumn, "refColumn is null");
        requireNonNull(refTable, "refTable is null");
        requireNonNull(filterIndex, "filterIndex is null");
        filterIndex.ifPresent(index -> {
            if (index < 0) {
                throw new IllegalArgumentException("filterIndex must not be negative: " + index);
            }
        });
    }

    public static ValidationIssueDetails empty() {
        return EMPTY;
    }

    public ValidationIssueDetails withExpected(String expected) {
        return new ValidationIssueDetails(present(expected, "expected"), actual, table, column, role, alias, operator,
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withActual(String actual) {
        return new ValidationIssueDetails(expected, present(actual, "actual"), table, column, role, alias, operator,
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withTable(String table) {
        return new ValidationIssueDetails(expected, actual, present(table, "table"), column, role, alias, operator,
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withColumn(String column) {
        return new ValidationIssueDetails(expected, actual, table, present(column, "column"), role, alias, operator,
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withRole(String role) {
        return new ValidationIssueDetails(expected, actual, table, column, present(role, "role"), alias, operator,
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withAlias(String alias) {
        return new ValidationIssueDetails(expected, actual, table, column, role, present(alias, "alias"), operator,
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withOperator(String operator) {
        return new ValidationIssueDetails(expected, actual, table, column, role, alias, present(operator, "operator"),
                refColumn, refTable, filterIndex);
    }

    public ValidationIssueDetails withRefColumn(String refColumn) {
        return new ValidationIssueDetails(expected, actual, table, column, role, alias, operator,
                present(refColumn, "refColumn"), refTable, filterIndex);
    }

    public ValidationIssueDetails withRefTable(String refTable) {
        return new ValidationIssueDetails(expected, actual, table, column, role, alias, operator,
                refColumn, present(refTable, "refTable"), filterIndex);
    }

    /** The validator knows the index only once it is back at the top-level list, hence a wither. */
    public ValidationIssueDetails withFilterIndex(int filterIndex) {
        return new ValidationIssueDetails(expected, actual, table, column, role, alias, operator,
                refColumn, refTable, Optional.of(filterIndex));
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        expected.ifPresent(value -> json.put("expected", value));
        actual.ifPresent(value -> json.put("actual", value));
        table.ifPresent(value -> json.put("table", value));
        column.ifPresent(value -> json.put("column", value));
        role.ifPresent(value -> json.put("role", value));
        alias.ifPresent(value -> json.put("alias", value));
        operator.ifPresent(value -> json.put("operator", value));
        refColumn.ifPresent(value -> json.put("refColumn", value));
        refTable.ifPresent(value -> json.put("refTable", value));
        filterIndex.ifPresent(value -> json.put("filterIndex", value));
        return json;
    }

    static ValidationIssueDetails fromJson(JsonFields json) {
        return new ValidationIssueDetails(
                json.optionalText("expected"),
                json.optionalText("actual"),
                json.optionalText("table"),
                json.optionalText("column"),
                json.optionalText("role"),
                json.optionalText("alias"),
                json.optionalText("operator"),
                json.optionalText("refColumn"),
                json.optionalText("refTable"),
                json.optionalInt("filterIndex"));
    }

    private static Optional<String> present(String value, String name) {
        return Optional.of(requireNonNull(value, name + " is null"));
    }
}
