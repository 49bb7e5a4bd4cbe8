package com.mkven.multidb.access;

import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.mkven.multidb.access.Masking.mask;
import static com.mkven.multidb.access.Masking.maskedType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaskingTest {
    private static final UUID ORDER_ID = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001");

    @Nested
    class Email {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                john@example.com     | j***@***.com
                admin@example.com    | a***@***.com
                John.Doe@Mail.Co.UK  | J***@***.UK
                x@test               | ***
                j@x                  | ***
                j@x.                 | ***
                @example.com         | ***
                no-at-sign           | ***
                ünal@beispiel.de     | ü***@***.de
                😀smile@example.org  | 😀***@***.org
                "a@b"@example.com    | "***@***.com
                """)
        void keepsFirstCharacterAndTopLevelDomain(String raw, String masked) {
            assertThat(mask(raw, MaskingFn.EMAIL, ColumnType.STRING)).isEqualTo(masked);
        }

        @Test
        void emptyStringHasNoAtSign() {
            assertThat(mask("", MaskingFn.EMAIL, ColumnType.STRING)).isEqualTo("***");
        }
    }

    @Nested
    class Phone {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                +1234567890        | +1***890
                1234567890         | 1***890
                +44 20 7946 0958   | +4***958
                (555) 123-4567     | 5***567
                '  +1 555 0100'    | +1***100
                12345              | 1***345
                1234               | ***
                +1-23              | ***
                no digits here     | ***
                +                  | ***
                """)
        void keepsPlusFirstDigitAndLastThreeDigits(String raw, String masked) {
            assertThat(mask(raw, MaskingFn.PHONE, ColumnType.STRING)).isEqualTo(masked);
        }

        @Test
        void emptyStringHasTooFewDigits() {
            assertThat(mask("", MaskingFn.PHONE, ColumnType.STRING)).isEqualTo("***");
        }

        @Test
        void countsNonAsciiDigitsAsDigits() {
            // Arabic-Indic digits are digits to Character.isDigit; they are kept as written
            assertThat(mask("+١٢٣٤٥٦", MaskingFn.PHONE, ColumnType.STRING)).isEqualTo("+١***٤٥٦");
        }
    }

    @Nested
    class Name {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                John Smith  | J********h
                John        | J**n
                Bob         | B*b
                Zoë         | Z*ë
                Ab          | ***
                A           | ***
                José 😀     | J****😀
                😀😀😀       | 😀*😀
                """)
        void keepsFirstAndLastCharacter(String raw, String masked) {
            assertThat(mask(raw, MaskingFn.NAME, ColumnType.STRING)).isEqualTo(masked);
        }

        @Test
        void emptyStringIsTooShort() {
            assertThat(mask("", MaskingFn.NAME, ColumnType.STRING)).isEqualTo("***");
        }

        @Test
        void twoEmojiAreTwoCharactersNotFourChars() {
            // each emoji is a surrogate pair: counting chars would see 4 and leak both
            assertThat(mask("😀😀", MaskingFn.NAME, ColumnType.STRING)).isEqualTo("***");
        }
    }

    @Nested
    class UuidMask {
        @Test
        void keepsFirstFourCharactersOfAUuidValue() {
            assertThat(mask(ORDER_ID, MaskingFn.UUID, ColumnType.UUID)).isEqualTo("a1b2****");
        }

        @Test
        void keepsFirstFourCharactersOfAString() {
            assertThat(mask("a1b2c3d4-...", MaskingFn.UUID, ColumnType.STRING)).isEqualTo("a1b2****");
        }

        @ParameterizedTest(name = "\"{0}\" -> ***")
        @CsvSource({"''", "a", "abcd"})
        void shortValuesWouldBeShownWholeSoAreHidden(String raw) {
            assertThat(mask(raw, MaskingFn.UUID, ColumnType.STRING)).isEqualTo("***");
        }

        @Test
        void countsCodePoints() {
            assertThat(mask("😀😀😀😀😀", MaskingFn.UUID, ColumnType.STRING)).isEqualTo("😀😀😀😀****");
        }
    }

    @Nested
    class TextMasksOnOtherTypes {
        @Test
        void maskTheValuesTextForm() {
            assertThat(mask(12345, MaskingFn.NAME, ColumnType.INT)).isEqualTo("1***5");
            assertThat(mask(new BigDecimal("1E+3"), MaskingFn.NAME, ColumnType.DECIMAL)).isEqualTo("1**0");
            assertThat(mask(LocalDate.of(2025, 3, 15), MaskingFn.UUID, ColumnType.DATE)).isEqualTo("2025****");
            assertThat(mask(Boolean.TRUE, MaskingFn.NAME, ColumnType.BOOLEAN)).isEqualTo("t**e");
            assertThat(mask(ORDER_ID, MaskingFn.EMAIL, ColumnType.UUID)).isEqualTo("***");
        }
    }

    @Nested
    class NumberMask {
        @Test
        void intBecomesIntegerZero() {
            assertThat(mask(12345, MaskingFn.NUMBER, ColumnType.INT)).isEqualTo(0).isInstanceOf(Integer.class);
        }

        @Test
        void longBecomesLongZero() {
            assertThat(mask(12345L, MaskingFn.NUMBER, ColumnType.INT)).isEqualTo(0L).isInstanceOf(Long.class);
        }

        @Test
        void decimalBecomesBigDecimalZeroWhateverTheScale() {
            assertThat(mask(new BigDecimal("1200.00"), MaskingFn.NUMBER, ColumnType.DECIMAL)).isEqualTo(BigDecimal.ZERO);
            assertThat(mask(new BigDecimal("1200"), MaskingFn.NUMBER, ColumnType.DECIMAL)).isEqualTo(BigDecimal.ZERO);
            assertThat(mask(new BigDecimal("-0.5"), MaskingFn.NUMBER, ColumnType.DECIMAL)).isEqualTo(BigDecimal.ZERO);
        }

        @ParameterizedTest(name = "number on {0} acts as full")
        @EnumSource(value = ColumnType.class, names = {"STRING", "BOOLEAN", "UUID", "DATE", "TIMESTAMP"})
        void onANonNumericColumnHidesTheWholeValue(ColumnType type) {
            assertThat(mask(sample(type), MaskingFn.NUMBER, type)).isEqualTo("***");
            assertThat(maskedType(MaskingFn.NUMBER, type)).isEqualTo(ColumnType.STRING);
        }

        @Test
        void rejectsAValueThatIsNotANumberWithoutShowingIt() {
            assertThatThrownBy(() -> mask("1200.00", MaskingFn.NUMBER, ColumnType.DECIMAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("number mask needs an Integer, Long or BigDecimal, got a String");
        }
    }

    @Nested
    class DateMask {
        @Test
        void dateBecomesFirstOfJanuary() {
            assertThat(mask(LocalDate.of(2025, 3, 15), MaskingFn.DATE, ColumnType.DATE)).isEqualTo(LocalDate.of(2025, 1, 1));
        }

        @Test
        void timestampBecomesFirstOfJanuaryAtMidnightUtc() {
            assertThat(mask(Instant.parse("2024-03-15T10:00:00Z"), MaskingFn.DATE, ColumnType.TIMESTAMP))
                    .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        }

        @Test
        void timestampYearIsTheUtcYear() {
            assertThat(mask(Instant.parse("2023-12-31T23:59:59Z"), MaskingFn.DATE, ColumnType.TIMESTAMP))
                    .isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
            assertThat(mask(Instant.parse("2024-01-01T00:00:00.000001Z"), MaskingFn.DATE, ColumnType.TIMESTAMP))
                    .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        }

        @ParameterizedTest(name = "date on {0} acts as full")
        @EnumSource(value = ColumnType.class, names = {"STRING", "INT", "DECIMAL", "BOOLEAN", "UUID"})
        void onANonTemporalColumnHidesTheWholeValue(ColumnType type) {
            assertThat(mask(sample(type), MaskingFn.DATE, type)).isEqualTo("***");
            assertThat(maskedType(MaskingFn.DATE, type)).isEqualTo(ColumnType.STRING);
        }

        @Test
        void rejectsAValueThatIsNotADateWithoutShowingIt() {
            assertThatThrownBy(() -> mask("2025-03-15", MaskingFn.DATE, ColumnType.DATE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("date mask needs a LocalDate or Instant, got a String");
        }
    }

    @Nested
    class Full {
        @ParameterizedTest(name = "full on {0}")
        @EnumSource(ColumnType.class)
        void replacesEveryTypeWithThreeStars(ColumnType type) {
            assertThat(mask(sample(type), MaskingFn.FULL, type)).isEqualTo("***");
            assertThat(maskedType(MaskingFn.FULL, type)).isEqualTo(ColumnType.STRING);
        }

        @Test
        void replacesAnEmptyArrayToo() {
            assertThat(mask(List.of(), MaskingFn.FULL, ColumnType.INT_ARRAY)).isEqualTo("***");
        }

        @Test
        void replacesAnEmptyString() {
            assertThat(mask("", MaskingFn.FULL, ColumnType.STRING)).isEqualTo("***");
        }
    }

    @Nested
    class Nulls {
        @ParameterizedTest(name = "{0} keeps NULL")
        @EnumSource(MaskingFn.class)
        void stayNullForEveryFunction(MaskingFn fn) {
            for (ColumnType type : ColumnType.values()) {
                assertThat(mask(null, fn, type)).isNull();
            }
        }
    }

    @Nested
    class ArrayValues {
        @Test
        void textMasksApplyToEachElement() {
            assertThat(mask(List.of("Alice", "Bo", "Christopher"), MaskingFn.NAME, ColumnType.STRING_ARRAY))
                    .isEqualTo(List.of("A***e", "***", "C*********r"));
            assertThat(mask(List.of(ORDER_ID), MaskingFn.UUID, ColumnType.UUID_ARRAY)).isEqualTo(List.of("a1b2****"));
        }

        @Test
        void numberMaskZeroesEachElement() {
            assertThat(mask(List.of(1, 2, 3), MaskingFn.NUMBER, ColumnType.INT_ARRAY)).isEqualTo(List.of(0, 0, 0));
            assertThat(mask(List.of(new BigDecimal("9.99")), MaskingFn.NUMBER, ColumnType.DECIMAL_ARRAY))
                    .isEqualTo(List.of(BigDecimal.ZERO));
        }

        @Test
        void dateMaskTruncatesEachElement() {
            assertThat(mask(List.of(LocalDate.of(2025, 3, 15), LocalDate.of(2020, 12, 31)), MaskingFn.DATE, ColumnType.DATE_ARRAY))
                    .isEqualTo(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2020, 1, 1)));
            assertThat(mask(List.of(Instant.parse("2024-06-01T12:00:00Z")), MaskingFn.DATE, ColumnType.TIMESTAMP_ARRAY))
                    .isEqualTo(List.of(Instant.parse("2024-01-01T00:00:00Z")));
        }

        @Test
        void nullElementsStayNull() {
            assertThat(mask(Arrays.asList("john@example.com", null), MaskingFn.EMAIL, ColumnType.STRING_ARRAY))
                    .isEqualTo(Arrays.asList("j***@***.com", null));
        }

        @Test
        void emptyArrayStaysEmpty() {
            assertThat(mask(List.of(), MaskingFn.PHONE, ColumnType.STRING_ARRAY)).isEqualTo(List.of());
        }

        @Test
        void numberOnANonNumericArrayHidesTheWholeValue() {
            assertThat(mask(List.of("a", "b"), MaskingFn.NUMBER, ColumnType.STRING_ARRAY)).isEqualTo("***");
        }

        @Test
        void rejectsAScalarForAnArrayColumnAndAListForAScalarColumn() {
            assertThatThrownBy(() -> mask("x", MaskingFn.NAME, ColumnType.STRING_ARRAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a string[] column cannot hold a String");
            assertThatThrownBy(() -> mask(List.of("x"), MaskingFn.FULL, ColumnType.STRING))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("a string column cannot hold a ");
        }
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("maskedTypes")
    void maskedTypeSaysWhatTheMaskProduces(MaskingFn fn, ColumnType type, ColumnType expected) {
        assertThat(maskedType(fn, type)).isEqualTo(expected);
    }

    static Stream<Arguments> maskedTypes() {
        return Stream.of(
                Arguments.of(MaskingFn.FULL, ColumnType.DECIMAL, ColumnType.STRING),
                Arguments.of(MaskingFn.FULL, ColumnType.INT_ARRAY, ColumnType.STRING),
                Arguments.of(MaskingFn.UUID, ColumnType.UUID, ColumnType.STRING),
                Arguments.of(MaskingFn.UUID, ColumnType.UUID_ARRAY, ColumnType.STRING_ARRAY),
                Arguments.of(MaskingFn.EMAIL, ColumnType.STRING, ColumnType.STRING),
                Arguments.of(MaskingFn.PHONE, ColumnType.STRING_ARRAY, ColumnType.STRING_ARRAY),
                Arguments.of(MaskingFn.NAME, ColumnType.INT, ColumnType.STRING),
                Arguments.of(MaskingFn.NUMBER, ColumnType.INT, ColumnType.INT),
                Arguments.of(MaskingFn.NUMBER, ColumnType.DECIMAL, ColumnType.DECIMAL),
                Arguments.of(MaskingFn.NUMBER, ColumnType.DECIMAL_ARRAY, ColumnType.DECIMAL_ARRAY),
                Arguments.of(MaskingFn.NUMBER, ColumnType.STRING_ARRAY, ColumnType.STRING),
                Arguments.of(MaskingFn.DATE, ColumnType.DATE, ColumnType.DATE),
                Arguments.of(MaskingFn.DATE, ColumnType.TIMESTAMP, ColumnType.TIMESTAMP),
                Arguments.of(MaskingFn.DATE, ColumnType.TIMESTAMP_ARRAY, ColumnType.TIMESTAMP_ARRAY));
    }

    @Test
    void everyMaskedValueIsOfItsMaskedType() {
        for (MaskingFn fn : MaskingFn.values()) {
            for (ColumnType type : ColumnType.values()) {
                Object masked = mask(sample(type), fn, type);
                assertThat(ValueTypes.holds(maskedType(fn, type), masked))
                        .as("%s on %s gave %s", fn, type, masked)
                        .isTrue();
            }
        }
    }

    /** A non-null value of each column type, in the Java value types of architecture.md. */
    static Object sample(ColumnType type) {
        return switch (type) {
            case STRING -> "Jane Doe";
            case INT -> 42;
            case DECIMAL -> new BigDecimal("1200.00");
            case BOOLEAN -> true;
            case UUID -> ORDER_ID;
            case DATE -> LocalDate.of(2025, 3, 15);
            case TIMESTAMP -> Instant.parse("2024-03-15T10:00:00Z");
            case STRING_ARRAY, INT_ARRAY, DECIMAL_ARRAY, BOOLEAN_ARRAY, UUID_ARRAY, DATE_ARRAY, TIMESTAMP_ARRAY ->
                    List.of(sample(type.elementType().orElseThrow()));
        };
    }
}
