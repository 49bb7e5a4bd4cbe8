package com.mkven.multidb.validation;

import com.mkven.multidb.error.ValidationException;
import com.mkven.multidb.error.ValidationIssue;
import com.mkven.multidb.error.ValidationIssueCode;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.FilterOperator;
import com.mkven.multidb.query.QueryDefinition;
import com.mkven.multidb.query.QueryFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static com.mkven.multidb.validation.QueryValidation.ADMIN;
import static com.mkven.multidb.validation.QueryValidation.THINGS;
import static com.mkven.multidb.validation.QueryValidation.object;
import static com.mkven.multidb.validation.QueryValidation.range;
import static com.mkven.multidb.validation.QueryValidation.thingsColumn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cell of the operator × column type matrix of query.md §11, on table {@code things} whose
 * columns are all nullable. Each operator gets a well-formed value of the column type, so an
 * allowed cell validates cleanly and a refused one yields exactly one {@code INVALID_FILTER}.
 */
class OperatorMatrixTest {
    /** query.md §11, one line per row: operators, then a mark per type column in the order of {@link #TYPES}. */
    private static final String MATRIX = """
            =  !=                                            | ✓ ✓ ✓ ✓ ✓ ✓ ✓ —
            >  <  >=  <=                                     | ✓ ✓ ✓ — — ✓ ✓ —
            in  notIn                                        | ✓ ✓ ✓ — ✓ — — —
            like  notLike  ilike  notIlike                   | ✓ — — — — — — —
            between  notBetween                              | ✓ ✓ ✓ — — ✓ ✓ —
            contains  icontains  notContains  notIcontains   | ✓ — — — — — — —
            startsWith  istartsWith  endsWith  iendsWith     | ✓ — — — — — — —
            levenshteinLte                                   | ✓ — — — — — — —
            isNull  isNotNull                                | ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓
            arrayContains  arrayContainsAll  arrayContainsAny | — — — — — — — ✓
            arrayIsEmpty  arrayIsNotEmpty                    | — — — — — — — ✓
            """;
    /** The type columns of the matrix; {@code T[]} is represented by {@code int[]}. */
    private static final List<ColumnType> TYPES = List.of(ColumnType.STRING, ColumnType.INT, ColumnType.DECIMAL,
            ColumnType.BOOLEAN, ColumnType.UUID, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.INT_ARRAY);
    private static final Map<ColumnType, Object> SAMPLES = Map.of(
            ColumnType.STRING, "abc",
            ColumnType.INT, 5,
            ColumnType.DECIMAL, new BigDecimal("12.50"),
            ColumnType.BOOLEAN, true,
            ColumnType.UUID, QueryValidation.UUID_1,
            ColumnType.DATE, "2024-02-29",
            ColumnType.TIMESTAMP, "2024-02-29T10:00:00Z");

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] parts = line.split("\\|");
            String[] marks = parts[1].trim().split(" ");
            for (String operator : parts[0].trim().split("\\s+")) {
                for (int i = 0; i < TYPES.size(); i++) {
                    String type = TYPES.get(i) == ColumnType.INT_ARRAY ? "T[]" : TYPES.get(i).toString();
                    cells.add(Arguments.of(operator, type, TYPES.get(i), marks[i].equals("✓")));
                }
            }
        }
        assertThat(cells).hasSize(FilterOperator.values().length * TYPES.size());
        return cells.stream();
    }

    @ParameterizedTest(name = "''{0}'' on {1}: allowed = {3}")
    @MethodSource("cells")
    void operatorOnType(String wireName, String typeLabel, ColumnType type, boolean allowed) {
        FilterOperator operator = operator(wireName);
        QueryFilter filter = new QueryFilter(thingsColumn(type), Optional.empty(), operator, operand(operator, type));

        Optional<ValidationException> result = QueryValidator.validateQuery(
                QueryDefinition.builder("things").filter(filter).build(), ADMIN, THINGS);

        if (allowed) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).isPresent();
            assertThat(result.get().errors()).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(ValidationIssueCode.INVALID_FILTER);
                assertThat(issue.details().operator()).contains(wireName);
                assertThat(issue.details().actual()).contains(type.toString());
                assertThat(issue.message()).isEqualTo("Operator '" + wireName + "' is not allowed on column 'things."
                        + thingsColumn(type) + "' of type " + type);
            });
        }
    }

    /** A well-formed operand for the operator; for array operators, of the array's element type. */
    private static Optional<Object> operand(FilterOperator operator, ColumnType type) {
        ColumnType scalar = type.elementType().orElse(type);
        Object sample = SAMPLES.get(scalar);
        return switch (operator) {
            case EQ, NE, GT, LT, GE, LE, ARRAY_CONTAINS -> Optional.of(sample);
            case IN, NOT_IN, ARRAY_CONTAINS_ALL, ARRAY_CONTAINS_ANY -> Optional.of(List.of(sample, sample));
            case BETWEEN, NOT_BETWEEN -> Optional.of(range(sample, sample));
            case LEVENSHTEIN_LTE -> Optional.of(object("text", "abc", "maxDistance", 2));
            case LIKE, NOT_LIKE, ILIKE, NOT_ILIKE, CONTAINS, ICONTAINS, NOT_CONTAINS, NOT_ICONTAINS, STARTS_WITH,
                    ISTARTS_WITH, ENDS_WITH, IENDS_WITH -> Optional.of("ab%");
            case IS_NULL, IS_NOT_NULL, ARRAY_IS_EMPTY, ARRAY_IS_NOT_EMPTY -> Optional.empty();
        };
    }

    private static FilterOperator operator(String wireName) {
        for (FilterOperator operator : FilterOperator.values()) {
            if (operator.wireName().equals(wireName)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("no operator " + wireName);
    }

    @ParameterizedTest(name = "array operators on {0}[] take {0} elements")
    @MethodSource("elementTypes")
    void arrayOperatorsTakeElementsOfEveryArrayType(ColumnType element) {
        ColumnType arrayType = arrayOf(element);
        for (FilterOperator operator : List.of(FilterOperator.ARRAY_CONTAINS, FilterOperator.ARRAY_CONTAINS_ALL,
                FilterOperator.ARRAY_CONTAINS_ANY, FilterOperator.ARRAY_IS_EMPTY, FilterOperator.ARRAY_IS_NOT_EMPTY,
                FilterOperator.IS_NULL)) {
            QueryFilter filter = new QueryFilter(thingsColumn(arrayType), Optional.empty(), operator,
                    operand(operator, arrayType));
            assertThat(QueryValidator.validateQuery(QueryDefinition.builder("things").filter(filter).build(), ADMIN,
                    THINGS)).as("%s on %s", operator, arrayType).isEmpty();
        }
        Object wrong = element == ColumnType.STRING ? 5 : List.of();
        ValidationIssue issue = QueryValidator.validateQuery(QueryDefinition.builder("things").filter(
                QueryFilter.of(thingsColumn(arrayType), FilterOperator.ARRAY_CONTAINS, wrong)).build(), ADMIN, THINGS)
                .orElseThrow().errors().get(0);
        assertThat(issue.code()).isEqualTo(ValidationIssueCode.INVALID_VALUE);
        assertThat(issue.details().expected()).contains(element.toString());
    }

    static Stream<ColumnType> elementTypes() {
        return Stream.of(ColumnType.values()).filter(ColumnType::isArray).map(type -> type.elementType().orElseThrow());
    }

    private static ColumnType arrayOf(ColumnType element) {
        for (ColumnType type : ColumnType.values()) {
            if (type.elementType().equals(Optional.of(element))) {
                return type;
            }
        }
        throw new IllegalArgumentException("no array of " + element);
    }
}
