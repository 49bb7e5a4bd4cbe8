package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.error.ValidationIssueDetails;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryJoin;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules 1, 3 and 6 for {@code from} and the joins, and the {@link QueryScope} they make. A join
 * must relate to {@code from} or an earlier join (sql.md §2.4); a table may be in the query only
 * once, because qualifiers name tables by apiName and could not tell two copies apart.
 */
final class TableValidator {
    private TableValidator() {}

    static QueryScope validate(QueryDefinition definition, ValidationRun run) {
        ScopeTable from = run.table(definition.from(), ValidationIssueDetails.empty().withTable(definition.from()));
        List<ScopeTable> joined = new ArrayList<>();
        List<ScopeTable> present = new ArrayList<>();
        present.add(from);
        for (QueryJoin join : definition.joins()) {
            ValidationIssueDetails details = ValidationIssueDetails.empty().withTable(join.table());
            if (contains(present, join.table())) {
                run.report(ValidationIssueCode.INVALID_JOIN, "Table '" + join.table()
                        + "' is already part of the query; a table can be joined only once", details);
                continue;
            }
            ScopeTable table = run.table(join.table(), details);
            if (table.meta().isPresent() && !relatesToAny(table.meta().get(), present, run)) {
                run.report(ValidationIssueCode.INVALID_JOIN, "Table '" + join.table() + "' has no relation to "
                        + names(present), details);
            }
            present.add(table);
            joined.add(table);
        }
        return new QueryScope(from, joined);
    }

    private static boolean contains(List<ScopeTable> tables, String apiName) {
        for (ScopeTable table : tables) {
            if (table.apiName().equals(apiName)) {
                return true;
            }
        }
        return false;
    }

    /** Unknown tables in the query count as related: their own issue is enough. */
    private static boolean relatesToAny(TableMeta joined, List<ScopeTable> present, ValidationRun run) {
        for (ScopeTable table : present) {
            if (table.meta().isEmpty() || run.index().relationBetween(table.meta().get(), joined).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<ScopeTable> tables) {
        List<String> names = new ArrayList<>(tables.size());
        for (ScopeTable table : tables) {
            names.add("'" + table.apiName() + "'");
        }
        return String.join(", ", names);
    }
}
