package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.ExecutionContext;
import com.mkven.multidb.query.QueryDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@link QueryValidator} against the shared fixture (or a variant) and asserts on what comes back. */
final class QueryValidation {
    static final MetadataIndex FIXTURE = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());
    static final ExecutionContext ADMIN = ExecutionContext.ofUserRoles("admin");
    /** The fixture plus table {@code things} (pg-main): one nullable column per type, named after it. */
    static final MetadataIndex THINGS = new MetadataIndex(withThings(TestFixture.metadata()), TestFixture.roles());
    static final String UUID_1 = TestFixture.id("O1");
    static final String UUID_2 = TestFixture.id("O2");

    private QueryValidation() {}

    static Optional<ValidationException> validate(QueryDefinition definition) {
        return QueryValidator.validateQuery(definition, ADMIN, FIXTURE);
    }

    static Optional<ValidationException> validate(QueryDefinition definition, ExecutionContext context) {
        return QueryValidator.validateQuery(definition, context, FIXTURE);
    }

    /** The error of an invalid query, checked for the code and {@code fromTable} every such error has. */
    static ValidationException invalid(QueryDefinition definition, ExecutionContext context, MetadataIndex index) {
        Optional<ValidationException> result = QueryValidator.validateQuery(definition, context, index);
        assertThat(result).as("validation result").isPresent();
        ValidationException error = result.get();
        assertThat(error.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.fromTable()).isEqualTo(definition.from());
        assertThat(error.getMessage()).isEqualTo("Validation failed: " + error.errors().size()
                + (error.errors().size() == 1 ? " error" : " errors"));
        return error;
    }

    /** The one issue an invalid query has, checked for its code. */
    static ValidationIssue single(QueryDefinition definition, ValidationIssueCode code) {
        return single(definition, ADMIN, FIXTURE, code);
    }

    static ValidationIssue single(QueryDefinition definition, ExecutionContext context, ValidationIssueCode code) {
        return single(definition, context, FIXTURE, code);
    }

    static ValidationIssue single(QueryDefinition definition, ExecutionContext context, MetadataIndex index,
            ValidationIssueCode code) {
        List<ValidationIssue> issues = invalid(definition, context, index).errors();
        assertThat(issues).as("issues").hasSize(1);
        assertThat(issues.get(0).code()).as("issue code of %s", issues.get(0).message()).isEqualTo(code);
        return issues.get(0);
    }

    static Map<String, Object> range(Object from, Object to) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("to", to);
        return range;
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The fixture with one table replaced by {@code table} (same id). */
    static MetadataIndex withTable(TableMeta table) {
        MetadataConfig config = TestFixture.metadata();
        List<TableMeta> tables = new ArrayList<>();
        for (TableMeta existing : config.tables()) {
            tables.add(existing.id().equals(table.id()) ? table : existing);
        }
        return new MetadataIndex(new MetadataConfig(config.databases(), tables, config.caches(),
                config.externalSyncs(), config.trino()), TestFixture.roles());
    }

    static TableMeta fixtureTable(String id) {
        return FIXTURE.tableById(id).orElseThrow();
    }

    private static MetadataConfig withThings(MetadataConfig config) {
        List<ColumnMeta> columns = new ArrayList<>();
        for (ColumnType type : ColumnType.values()) {
            columns.add(ColumnMeta.of(thingsColumn(type), thingsColumn(type).toLowerCase(), type, true));
        }
        List<TableMeta> tables = new ArrayList<>(config.tables());
        tables.add(new TableMeta("things", "things", "pg-main", "public.things", columns, List.of("uuid"), List.of(), Optional.empty()));
        return new MetadataConfig(config.databases(), tables, config.caches(), config.externalSyncs(), config.trino());
    }

    /** The column of {@code things} holding {@code type}: {@code string}, {@code int}, …, {@code stringArray}. */
    static String thingsColumn(ColumnType type) {
        return type.isArray() ? type.elementType().orElseThrow() + "Array" : type.toString();
    }
}
