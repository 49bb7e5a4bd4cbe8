package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RelationMeta;
import com.mkven.multidb.metadata.RelationTarget;
import com.mkven.multidb.metadata.RelationType;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.query.QueryDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shared fixture's metadata as an index, and shortcuts for translating against it. */
final class Sql {
    static final MetadataIndex FIXTURE = new MetadataIndex(TestFixture.metadata(), TestFixture.roles());
    private static final SqlTranslator TRANSLATOR = new SqlTranslator();

    private Sql() {}

    static TranslatedStatement translate(String sql) {
        return TRANSLATOR.translate(sql, FIXTURE);
    }

    static QueryDefinition definition(String sql) {
        return translate(sql).definition();
    }

    static UnsupportedSqlException failure(String sql) {
        return failure(sql, FIXTURE);
    }

    static UnsupportedSqlException failure(String sql, MetadataIndex index) {
        return catchThrowableOfType(UnsupportedSqlException.class, () -> TRANSLATOR.translate(sql, index));
    }

    /** The fixture plus some tables, for what it does not have (names differing in case, composite keys). */
    static MetadataIndex fixtureWith(TableMeta... tables) {
        MetadataConfig base = TestFixture.metadata();
        List<TableMeta> all = new ArrayList<>(base.tables());
        all.addAll(Arrays.asList(tables));
        return new MetadataIndex(new MetadataConfig(base.databases(), all, base.caches(), base.externalSyncs(),
                base.trino()), TestFixture.roles());
    }

    static TableMeta table(String apiName, List<String> primaryKey, List<RelationMeta> relations, String... columns) {
        List<ColumnMeta> metas = new ArrayList<>();
        for (String column : columns) {
            metas.add(ColumnMeta.of(column, column.toLowerCase(), ColumnType.STRING, true));
        }
        return new TableMeta(apiName, apiName, "pg-main", apiName.toLowerCase(), metas, primaryKey, relations, Optional.empty());
    }

    static RelationMeta manyToOne(String column, String tableId, String targetColumn) {
        return new RelationMeta(column, new RelationTarget(tableId, targetColumn), RelationType.MANY_TO_ONE);
    }
}
