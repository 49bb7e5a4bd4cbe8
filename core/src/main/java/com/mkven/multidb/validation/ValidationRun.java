package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What every validator of one run shares: the metadata, the access rules and the issue collector,
 * plus column lookup with rules 2 and 4 applied.
 */
final class ValidationRun {
    private final MetadataIndex index;
    private final AccessRules access;
    private final IssueCollector issues;

    ValidationRun(MetadataIndex index, AccessRules access, IssueCollector issues) {
        this.index = requireNonNull(index, "index is null");
        this.access = requireNonNull(access, "access is null");
        this.issues = requireNonNull(issues, "issues is null");
    }

    MetadataIndex index() {
        return index;
    }

    AccessRules access() {
        return access;
    }

    void report(ValidationIssueCode code, String message, ValidationIssueDetails details) {
        issues.add(code, message, details);
    }

    /** Rule 1 and rule 3 for a table the query names: empty meta when it does not exist. */
    ScopeTable table(String apiName, ValidationIssueDetails details) {
        Optional<TableMeta> table = index.tableByApiName(apiName);
        if (table.isEmpty()) {
            report(ValidationIssueCode.UNKNOWN_TABLE, "Table '" + apiName + "' does not exist", details);
        } else {
            access.checkTable(table.get(), details, issues);
        }
        return new ScopeTable(apiName, table);
    }

    /**
     * Rules 2 and 4 for a column the query mentions. {@code label} names the column in messages
     * ("Column", "Right column"). Returns the column when it exists, also when it is denied, so
     * that its type can still be checked.
     */
    Optional<ColumnMeta> column(ScopeTable table, String column, String label, ValidationIssueDetails details) {
        if (table.meta().isEmpty()) {
            report(ValidationIssueCode.UNKNOWN_COLUMN, label + " '" + column + "' cannot be resolved: table '"
                    + table.apiName() + "' does not exist", details);
            return Optional.empty();
        }
        Optional<ColumnMeta> found = index.column(table.meta().get(), column);
        if (found.isEmpty()) {
            report(ValidationIssueCode.UNKNOWN_COLUMN, label + " '" + table.qualify(column) + "' does not exist", details);
        } else if (!access.columnAllowed(table.meta().get(), column)) {
            report(ValidationIssueCode.ACCESS_DENIED, label + " '" + table.qualify(column)
                    + "' is not allowed for the roles in context", details);
        }
        return found;
    }
}
