package com.mkven.multidb.validation;

import com.mkven.multidb.error.ConfigIssueCode;
import com.mkven.multidb.error.ConfigIssueDetails;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.TableMeta;

import java.util.List;

/**
 * apiName rules of metadata.md §12: every table and column apiName is well formed, table apiNames are unique
 * globally and column apiNames within their table.
 */
final class ApiNameChecks implements ConfigCheck {
    private static final String FIELD = "apiName";

    @Override
    public void check(ConfigLookup config, ConfigIssues issues) {
        List<TableMeta> tables = config.metadata().tables();
        for (TableMeta table : tables) {
            checkTable(table, issues);
        }
        Repeats.find(tables, TableMeta::apiName, (apiName, firstIndex, repeatIndex) -> {
            TableMeta repeat = tables.get(repeatIndex);
            issues.add(ConfigIssueCode.DUPLICATE_API_NAME,
                    "Table apiName '%s' of table '%s' is already used by table '%s'"
                            .formatted(apiName, repeat.id(), tables.get(firstIndex).id()),
                    ConfigIssueDetails.empty().withEntity(repeat.id()).withField(FIELD).withActual(apiName));
        });
    }

    private static void checkTable(TableMeta table, ConfigIssues issues) {
        String apiName = table.apiName();
        ApiNames.brokenRule(apiName).ifPresent(rule -> issues.add(ConfigIssueCode.INVALID_API_NAME,
                "Table apiName '%s' %s".formatted(apiName, rule.problem(apiName)),
                broken(table.id(), rule, apiName)));
        List<ColumnMeta> columns = table.columns();
        for (ColumnMeta column : columns) {
            String columnName = column.apiName();
            ApiNames.brokenRule(columnName).ifPresent(rule -> issues.add(ConfigIssueCode.INVALID_API_NAME,
                    "Column apiName '%s' of table '%s' %s".formatted(columnName, table.id(), rule.problem(columnName)),
                    broken(ConfigLookup.columnEntity(table, columnName), rule, columnName)));
        }
        Repeats.find(columns, ColumnMeta::apiName, (columnName, firstIndex, repeatIndex) -> issues.add(
                ConfigIssueCode.DUPLICATE_API_NAME,
                "Column apiName '%s' appears more than once in table '%s' (columns[%d] and columns[%d])"
                        .formatted(columnName, table.id(), firstIndex, repeatIndex),
                ConfigIssueDetails.empty()
                        .withEntity(ConfigLookup.columnEntity(table, columnName))
                        .withField(FIELD)
                        .withActual(columnName)));
    }

    private static ConfigIssueDetails broken(String entity, ApiNameRule rule, String apiName) {
        return ConfigIssueDetails.empty()
                .withEntity(entity)
                .withField(FIELD)
                .withExpected(rule.expected())
                .withActual(apiName);
    }
}
