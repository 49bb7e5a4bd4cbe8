package com.mkven.multidb.executor.clickhouse;

import com.clickhouse.data.ClickHouseColumn;

import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a non-NULL value as client-v2 reads it from {@code RowBinaryWithNamesAndTypes} into the
 * value types of architecture.md; chosen once per column from its ClickHouse type, element type
 * first for arrays. {@code Nullable} and {@code LowCardinality} change nothing here: client-v2
 * reads NULL as {@code null} and unwraps low-cardinality values.
 */
sealed interface ValueConverter {
    Object convert(Object value);

    static ValueConverter forColumn(ClickHouseColumn column) {
        if (column.isArray()) {
            return new ArrayConverter(forColumn(column.getNestedColumns().get(0)));
        }
        return switch (column.getDataType()) {
            // client-v2 reads the small integers as Byte, Short and Integer (UInt16)
            case Int8, UInt8, Int16, UInt16 -> ScalarConverter.INTEGER;
            case UInt64 -> ScalarConverter.UNSIGNED_LONG;
            case DateTime, DateTime32, DateTime64 -> ScalarConverter.INSTANT;
            case Enum, Enum8, Enum16 -> ScalarConverter.ENUM_NAME;
            // Int32 → Integer, Int64 and UInt32 → Long, Decimal* → BigDecimal, Bool → Boolean, UUID, Date/Date32 → LocalDate,
            // String/FixedString → String, Float32/64 → Float/Double; anything else as client-v2 reads it
            default -> ScalarConverter.AS_READ;
        };
    }

    enum ScalarConverter implements ValueConverter {
        AS_READ {
            @Override
            public Object convert(Object value) {
                return value;
            }
        },
        INTEGER {
            @Override
            public Object convert(Object value) {
                return ((Number) value).intValue();
            }
        },
        /** client-v2 reads every UInt64 as a BigInteger; counts and ids fit a Long, the rare larger value stays a BigInteger. */
        UNSIGNED_LONG {
            @Override
            public Object convert(Object value) {
                BigInteger number = (BigInteger) value;
                return number.bitLength() < Long.SIZE ? Long.valueOf(number.longValue()) : number;
            }
        },
        /** A DateTime is an instant; client-v2 shows it in the column's (or the server's) zone. */
        INSTANT {
            @Override
            public Object convert(Object value) {
                return ((ZonedDateTime) value).toInstant();
            }
        },
        /** client-v2's enum value prints as its name. */
        ENUM_NAME {
            @Override
            public Object convert(Object value) {
                return value.toString();
            }
        }
    }

    /** client-v2 reads an array as a list (nested arrays as nested lists); NULL elements stay {@code null}. */
    record ArrayConverter(ValueConverter element) implements ValueConverter {
        @Override
        public Object convert(Object value) {
            List<?> elements = (List<?>) value;
            List<Object> converted = new ArrayList<>(elements.size());
            for (Object item : elements) {
                converted.add(item == null ? null : element.convert(item));
            }
            return Collections.unmodifiableList(converted);
        }
    }
}
