package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.ExistsCount;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryExistsFilter;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code ?} markers: their slots, the template with markers, and binding without parsing again. */
class ParameterTest {
    private static final String EVERY_PLACE = "SELECT status, COUNT(*) AS n FROM orders "
            + "WHERE total > ? AND quantity IN (?, 2) AND createdAt BETWEEN ? AND ? AND status LIKE ? "
            + "AND levenshtein(status, ?) <= ? AND array_contains(priorities, ?) AND array_contains_any(priorities, ?) "
            + "AND (SELECT COUNT(*) FROM invoices WHERE amount > ?) >= ? "
            + "GROUP BY status HAVING n > ? LIMIT ? OFFSET ?";

    @Test
    void everyMarkerHasASlotWithItsTypeInTextOrder() {
        TranslatedStatement statement = Sql.translate(EVERY_PLACE);

        assertThat(statement.parameterCount()).isEqualTo(14);
        assertThat(statement.parameters()).extracting(ParameterSlot::index)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(statement.parameters()).extracting(ParameterSlot::role).containsExactly(ParameterRole.VALUE,
                ParameterRole.LIST_ELEMENT, ParameterRole.RANGE_FROM, ParameterRole.RANGE_TO, ParameterRole.VALUE,
                ParameterRole.LEVENSHTEIN_TEXT, ParameterRole.LEVENSHTEIN_DISTANCE, ParameterRole.ARRAY_ELEMENT,
                ParameterRole.ARRAY_VALUES, ParameterRole.VALUE, ParameterRole.EXISTS_COUNT, ParameterRole.VALUE,
                ParameterRole.LIMIT, ParameterRole.OFFSET);
        assertThat(statement.parameters()).extracting(slot -> slot.type().orElseThrow()).containsExactly(
                ColumnType.DECIMAL, ColumnType.INT, ColumnType.TIMESTAMP, ColumnType.TIMESTAMP, ColumnType.STRING,
                ColumnType.STRING, ColumnType.INT, ColumnType.INT, ColumnType.INT_ARRAY, ColumnType.DECIMAL,
                ColumnType.INT, ColumnType.INT, ColumnType.INT, ColumnType.INT);
    }

    @Test
    void slotNamesItsColumnAndPosition() {
        ParameterSlot slot = Sql.translate("SELECT o.id FROM orders o JOIN products p\nWHERE p.price > ?")
                .parameters().get(0);

        assertThat(slot).isEqualTo(new ParameterSlot(1, new SourcePosition(2, 17), ParameterRole.VALUE,
                Optional.of(ColumnType.DECIMAL), Optional.of("products"), Optional.of("price")));
    }

    @Test
    void templateHoldsMarkersWhereValuesGo() {
        QueryDefinition template = Sql.translate(EVERY_PLACE).definition();

        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", new ParameterMarker(3));
        range.put("to", new ParameterMarker(4));
        Map<String, Object> levenshtein = new LinkedHashMap<>();
        levenshtein.put("text", new ParameterMarker(6));
        levenshtein.put("maxDistance", new ParameterMarker(7));
        assertThat(template.filters()).containsExactly(
                QueryFilter.of("total", FilterOperator.GT, new ParameterMarker(1)),
                QueryFilter.of("quantity", FilterOperator.IN, List.of(new ParameterMarker(2), 2)),
                QueryFilter.of("createdAt", FilterOperator.BETWEEN, range),
                QueryFilter.of("status", FilterOperator.LIKE, new ParameterMarker(5)),
                QueryFilter.of("status", FilterOperator.LEVENSHTEIN_LTE, levenshtein),
                QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS, new ParameterMarker(8)),
                QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ANY, new ParameterMarker(9)),
                // the count is a number in a definition: it waits for its value
                QueryExistsFilter.exists("invoices", QueryFilter.of("amount", FilterOperator.GT, new ParameterMarker(10))));
        assertThat(template.having()).containsExactly(QueryFilter.of("n", FilterOperator.GT, new ParameterMarker(12)));
        assertThat(template.limit()).isEmpty();
        assertThat(template.offset()).isEmpty();
    }

    @Test
    void bindingPutsEachValueWhereItsMarkerStood() {
        QueryDefinition bound = Sql.translate(EVERY_PLACE).bind(List.of(new BigDecimal("9.5"), 1,
                LocalDate.of(2024, 1, 1), Instant.parse("2024-02-01T00:00:00Z"), "p%", "paid", 2, 7, List.of(1, 2),
                10, 3, 4, 50, 100L));

        QueryDefinition expected = QueryDefinition.builder("orders").columns("status")
                .filter(QueryFilter.of("total", FilterOperator.GT, new BigDecimal("9.5")),
                        QueryFilter.of("quantity", FilterOperator.IN, List.of(1, 2)),
                        QueryFilter.between("createdAt", "2024-01-01", "2024-02-01T00:00:00Z"),
                        QueryFilter.of("status", FilterOperator.LIKE, "p%"),
                        QueryFilter.levenshteinLte("status", "paid", 2),
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS, 7),
                        QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ANY, List.of(1, 2)),
                        QueryExistsFilter.counted("invoices", ExistsCount.of(ComparisonOperator.GE, 3),
                                QueryFilter.of("amount", FilterOperator.GT, 10)))
                .groupBy(com.mkven.multidb.query.QueryGroupBy.of("status"))
                .aggregation(com.mkven.multidb.query.QueryAggregation.countAll("n"))
                .having(QueryFilter.of("n", FilterOperator.GT, 4))
                .limit(50).offset(100)
                .build();
        assertThat(bound).isEqualTo(expected);
    }

    @Test
    void boundJavaValuesBecomeTheirJsonShapes() {
        TranslatedStatement statement = Sql.translate("SELECT id FROM orders WHERE customerId = ? AND createdAt > ? "
                + "AND createdAt < ? AND quantity = ? AND status = ? AND array_contains_all(priorities, ?)");
        UUID id = UUID.fromString("20000000-0000-4000-8000-000000000001");

        QueryDefinition bound = statement.bind(List.of(id, LocalDateTime.of(2024, 1, 2, 3, 4, 5),
                java.sql.Date.valueOf("2024-05-06"), (short) 3, 'x', new Object[] {1, 2}));

        assertThat(bound.filters()).containsExactly(
                QueryFilter.of("customerId", FilterOperator.EQ, id.toString()),
                QueryFilter.of("createdAt", FilterOperator.GT, "2024-01-02T03:04:05"),
                QueryFilter.of("createdAt", FilterOperator.LT, "2024-05-06"),
                QueryFilter.of("quantity", FilterOperator.EQ, 3),
                QueryFilter.of("status", FilterOperator.EQ, "x"),
                QueryFilter.of("priorities", FilterOperator.ARRAY_CONTAINS_ALL, List.of(1, 2)));
    }

    @Test
    void boundNullIsAMissingValueForValidationToReport() {
        QueryDefinition bound = Sql.translate("SELECT id FROM orders WHERE status = ? AND quantity IN (?, 1)")
                .bind(Arrays.asList(null, null));

        assertThat(bound.filters()).containsExactly(
                new QueryFilter("status", Optional.empty(), FilterOperator.EQ, Optional.empty()),
                QueryFilter.of("quantity", FilterOperator.IN, Arrays.asList(null, 1)));
    }

    @Test
    void statementWithoutMarkersBindsToItsDefinition() {
        TranslatedStatement statement = Sql.translate("SELECT id FROM orders");

        assertThat(statement.parameterCount()).isZero();
        assertThat(statement.bind(List.of())).isSameAs(statement.definition());
    }

    @Test
    void wrongNumberOfValuesIsAnInvalidParameter() {
        UnsupportedSqlException failure = catchThrowableOfType(UnsupportedSqlException.class,
                () -> Sql.translate("SELECT id FROM orders WHERE status = ? OR status = ?").bind(List.of("a")));

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.INVALID_PARAMETER);
        assertThat(failure.kind().sqlState()).isEqualTo("22023");
        assertThat(failure).hasMessage("the statement has 2 parameters, 1 value was bound (line 1, column 1)");
    }

    @Test
    void limitMustBeBoundToAnInteger() {
        TranslatedStatement statement = Sql.translate("SELECT id FROM orders LIMIT ?");

        UnsupportedSqlException text = catchThrowableOfType(UnsupportedSqlException.class,
                () -> statement.bind(List.of("ten")));
        UnsupportedSqlException unset = catchThrowableOfType(UnsupportedSqlException.class,
                () -> statement.bind(Arrays.asList((Object) null)));

        assertThat(text.kind()).isEqualTo(UnsupportedSqlException.Kind.INVALID_PARAMETER);
        assertThat(text).hasMessage("parameter 1 (LIMIT): expected an integer, got String ten (line 1, column 29)");
        assertThat(unset).hasMessage("parameter 1 (LIMIT): expected an integer, got NULL (line 1, column 29)");
        assertThat(statement.bind(List.of(new BigDecimal("20"))).limit()).contains(20);
        assertThat(catchThrowableOfType(UnsupportedSqlException.class, () -> statement.bind(List.of(1L << 40))))
                .hasMessage("parameter 1 (LIMIT): 1099511627776 is out of range for LIMIT (line 1, column 29)");
    }

    @Test
    void existsCountMustBeBoundToANumber() {
        TranslatedStatement statement = Sql.translate("SELECT id FROM orders WHERE (SELECT COUNT(*) FROM invoices) > ?");

        assertThat(catchThrowableOfType(UnsupportedSqlException.class, () -> statement.bind(List.of("3"))))
                .hasMessage("parameter 1 (EXISTS_COUNT): expected a number, got String 3 (line 1, column 63)");
        assertThat(statement.bind(List.of(2.5)).filters()).containsExactly(QueryExistsFilter.counted("invoices",
                new ExistsCount(ComparisonOperator.GT, new BigDecimal("2.5"))));
    }

    @Test
    void valueOfATypeWithoutJsonShapeIsAnInvalidParameter() {
        UnsupportedSqlException failure = catchThrowableOfType(UnsupportedSqlException.class,
                () -> Sql.translate("SELECT id FROM orders WHERE status = ?").bind(List.of(new StringBuilder("x"))));

        assertThat(failure).hasMessage("parameter 1 (VALUE): values of type java.lang.StringBuilder cannot be bound "
                + "(line 1, column 38)");
    }

    @Test
    void markerInAPlaceThatIgnoresItIsRefused() {
        UnsupportedSqlException failure = Sql.failure("SELECT id FROM orders WHERE EXISTS (SELECT ? FROM invoices)");

        assertThat(failure.kind()).isEqualTo(UnsupportedSqlException.Kind.UNSUPPORTED);
    }

    @Test
    void numberedAndNamedParametersAreRefused() {
        assertThat(Sql.failure("SELECT id FROM orders WHERE status = ?1")).hasMessage(
                "numbered parameter ?1 is not supported: use plain ? markers (line 1, column 38)");
        assertThat(Sql.failure("SELECT id FROM orders WHERE status = :s").construct())
                .isEqualTo("named parameter :s in a comparison");
    }

    @Test
    void markersInSeveralPlacesOfTheSameFilterKeepTheirOrder() {
        TranslatedStatement statement = Sql.translate("SELECT id FROM orders WHERE ? < quantity AND status IN (?, ?, ?)");

        assertThat(statement.bind(List.of(1, "a", "b", "c")).filters()).containsExactly(
                QueryFilter.of("quantity", FilterOperator.GT, 1),
                QueryFilter.of("status", FilterOperator.IN, List.of("a", "b", "c")));
    }
}
