package com.mkven.multidb.jdbc;

import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonStatementTest {
    @Test
    void markersOutsideStringsAreParameters() throws SQLException {
        JsonStatement statement = JsonStatement.parse(
                "{\"from\":\"orders\",\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":?},"
                        + "{\"column\":\"total\",\"operator\":\">\",\"value\": ? }]}");

        assertThat(statement.parameterCount()).isEqualTo(2);
        assertThat(statement.bind(Arrays.asList("paid", new BigDecimal("10.50"))))
                .isEqualTo("{\"from\":\"orders\",\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"paid\"},"
                        + "{\"column\":\"total\",\"operator\":\">\",\"value\": 10.50 }]}");
    }

    @Test
    void aQuestionMarkInsideAStringIsText() throws SQLException {
        JsonStatement statement = JsonStatement.parse(
                "{\"from\":\"orders\",\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"?\"},"
                        + "{\"column\":\"status\",\"operator\":\"=\",\"value\":\"a \\\"?\\\" b\\\\\"},"
                        + "{\"column\":\"status\",\"operator\":\"=\",\"value\":?}]}");

        assertThat(statement.parameterCount()).isEqualTo(1);
    }

    @Test
    void valuesAreJsonEncoded() throws SQLException {
        JsonStatement statement = JsonStatement.parse("[?, ?, ?, ?, ?, ?, ?, ?, ?]");

        String json = statement.bind(Arrays.asList("say \"hi\"\n", 42, 7L, true, null,
                UUID.fromString("40000000-0000-4000-8000-000000000001"), LocalDate.of(2024, 1, 15),
                Instant.parse("2024-01-15T10:30:00Z"), List.of(1, 2)));

        assertThat(json).isEqualTo("[\"say \\\"hi\\\"\\n\", 42, 7, true, null, \"40000000-0000-4000-8000-000000000001\", "
                + "\"2024-01-15\", \"2024-01-15T10:30:00Z\", [1,2]]");
    }

    @Test
    void boundDefinitionIsReadStrictly() throws SQLException {
        JsonStatement statement = JsonStatement.parse("{\"from\":\"orders\",\"limit\":?}");

        QueryDefinition definition = statement.definition(List.of(5));

        assertThat(definition.from()).isEqualTo("orders");
        assertThat(definition.limit()).contains(5);
    }

    @Test
    void textWithoutMarkersIsReadOnceWhenParsed() throws SQLException {
        JsonStatement statement = JsonStatement.parse("{\"from\":\"orders\",\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":\"?\"}]}");

        QueryDefinition definition = statement.definition(List.of());

        assertThat(statement.parameterCount()).isZero();
        assertThat(((QueryFilter) definition.filters().get(0)).value()).contains("?");
        assertThat(statement.definition(List.of())).isSameAs(definition);
    }

    @Test
    void invalidJsonIsASyntaxErrorWithThePath() {
        assertThatThrownBy(() -> JsonStatement.parse("{\"from\":\"orders\",\"limt\":5}"))
                .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $.limt:")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42000");
    }

    @Test
    void aWrongShapeAfterBindingIsASyntaxError() throws SQLException {
        JsonStatement statement = JsonStatement.parse("{\"from\":?}");

        assertThatThrownBy(() -> statement.definition(List.of(5)))
                .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $.from:");
    }

    @Test
    void unterminatedJsonIsASyntaxError() {
        assertThatThrownBy(() -> JsonStatement.parse("{\"from\":\"orders\""))
                .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $");
    }

    @Test
    void pathologicallyDeepJsonFailsFast() {
        String deep = "{\"from\":\"orders\",\"byIds\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        long start = System.nanoTime();

        assertThatThrownBy(() -> JsonStatement.parse(deep))
                .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void trailingContentSuchAsASecondStatementIsRefused() {
        assertThatThrownBy(() -> JsonStatement.parse("{\"from\":\"orders\"}; {\"from\":\"users\"}"))
                .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageStartingWith("INVALID_JSON: Invalid JSON at $");
    }
}
