package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers are API names: quoted ones match exactly, unquoted ones ignoring case when that is unique. */
class IdentifierTest {
    private static final MetadataIndex CASED = Sql.fixtureWith(
            Sql.table("Orders", List.of("id"), List.of(), "id"),
            Sql.table("cased", List.of("id"), List.of(), "id", "status", "Status"));

    @Test
    void unquotedNamesMatchIgnoringCase() {
        assertThat(Sql.definition("SELECT ID, CreatedAt FROM ORDERS WHERE STATUS = 'x'"))
                .isEqualTo(QueryDefinition.builder("orders").columns("id", "createdAt")
                        .filter(QueryFilter.of("status", FilterOperator.EQ, "x")).build());
    }

    @Test
    void quotedNamesMatchExactly() {
        assertThat(Sql.definition("SELECT \"createdAt\" FROM \"orders\"").columns()).contains(List.of("createdAt"));
    }

    @Test
    void quotedNameInAnotherCaseIsPassedAsWrittenForValidationToReport() {
        assertThat(Sql.definition("SELECT \"CreatedAt\" FROM \"Orders\""))
                .isEqualTo(QueryDefinition.builder("Orders").columns("CreatedAt").build());
    }

    @Test
    void unknownTablesAndColumnsArePassedAsWritten() {
        assertThat(Sql.definition("SELECT nothing FROM nowhere WHERE nobody = 1"))
                .isEqualTo(QueryDefinition.builder("nowhere").columns("nothing")
                        .filter(QueryFilter.of("nobody", FilterOperator.EQ, 1)).build());
        assertThat(Sql.definition("SELECT nothing FROM orders").columns()).contains(List.of("nothing"));
    }

    @Test
    void unquotedTableNameMatchingTwoTablesIsAmbiguous() {
        UnsupportedSqlException failure = Sql.failure("SELECT id FROM orders", CASED);

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.SYNTAX);
        assertThat(failure).hasMessage("ambiguous table name orders: it matches \"Orders\", \"orders\"; "
                + "quote the name to choose one (line 1, column 16)");
    }

    @Test
    void quotingChoosesBetweenNamesDifferingInCase() {
        SqlTranslator translator = new SqlTranslator();

        assertThat(translator.translate("SELECT id FROM \"Orders\"", CASED).definition().from()).isEqualTo("Orders");
        assertThat(translator.translate("SELECT \"Status\" FROM cased", CASED).definition().columns())
                .contains(List.of("Status"));
    }

    @Test
    void unquotedColumnNameMatchingTwoColumnsIsAmbiguous() {
        UnsupportedSqlException failure = Sql.failure("SELECT id FROM cased WHERE STATUS = 'x'", CASED);

        assertThat(failure).hasMessage("ambiguous column of cased name STATUS: it matches \"Status\", \"status\"; "
                + "quote the name to choose one (line 1, column 28)");
    }

    @Test
    void doubledQuotesInAQuotedNameAreOneQuote() {
        assertThat(Sql.definition("SELECT \"a\"\"b\" FROM orders").columns()).contains(List.of("a\"b"));
    }

    @Test
    void columnOfTwoTablesIsAmbiguousUnqualified() {
        UnsupportedSqlException failure = Sql.failure("SELECT o.id FROM orders o JOIN products p WHERE tenantId = 'x'");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.SYNTAX);
        assertThat(failure).hasMessage("column tenantId is ambiguous: o.tenantId, p.tenantId have it; "
                + "qualify it with a table name or alias (line 1, column 49)");
    }

    @Test
    void aliasesMatchIgnoringCaseUnlessBothAreQuoted() {
        assertThat(Sql.definition("SELECT O.id FROM orders o")).isEqualTo(Sql.definition("SELECT id FROM orders"));
        assertThat(Sql.definition("SELECT \"o\".id FROM orders \"o\"")).isEqualTo(Sql.definition("SELECT id FROM orders"));
    }
}
