package com.mkven.multidb.jdbc;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every getter on every value type, through the in-memory result set; the streaming one shares the implementation.
 * The connection zone is Berlin (UTC+1 in January), so zone handling is visible.
 */
class ResultSetGettersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UUID ID = UUID.fromString("40000000-0000-4000-8000-000000000001");
    private static final Instant AT = Instant.parse("2024-01-15T10:30:00.123456Z");

    private ResultSet rows;

    @BeforeEach
    void openRow() throws SQLException {
        List<ColumnDescriptor> columns = List.of(
                ColumnDescriptor.of("text", JdbcType.VARCHAR, true),
                ColumnDescriptor.of("digits", JdbcType.VARCHAR, true),
                ColumnDescriptor.of("quantity", JdbcType.INTEGER, true),
                ColumnDescriptor.of("count", JdbcType.BIGINT, false),
                ColumnDescriptor.of("total", JdbcType.DECIMAL, true),
                ColumnDescriptor.of("isPaid", JdbcType.BOOLEAN, true),
                ColumnDescriptor.of("id", JdbcType.UUID, true),
                ColumnDescriptor.of("dueDate", JdbcType.DATE, true),
                ColumnDescriptor.of("createdAt", JdbcType.TIMESTAMP_WITH_TIMEZONE, true),
                new ColumnDescriptor("priorities", "priorities", "orders", JdbcType.INTEGER, true, ResultSetMetaData.columnNullable, false),
                ColumnDescriptor.of("missing", JdbcType.DECIMAL, true));
        Object[] row = {"hello", " 42 ", 42, 7_000_000_000L, new BigDecimal("12.50"), true, ID, LocalDate.of(2024, 1, 15), AT,
                Arrays.asList(1, null, 3), null};
        rows = new InMemoryResultSet(columns, List.<Object[]>of(row), new ValueConversions(BERLIN));
        assertThat(rows.next()).isTrue();
    }

    @Test
    void getStringRendersEveryType() throws SQLException {
        assertThat(rows.getString("text")).isEqualTo("hello");
        assertThat(rows.getString("quantity")).isEqualTo("42");
        assertThat(rows.getString("count")).isEqualTo("7000000000");
        assertThat(rows.getString("total")).isEqualTo("12.50");
        assertThat(rows.getString("isPaid")).isEqualTo("true");
        assertThat(rows.getString("id")).isEqualTo("40000000-0000-4000-8000-000000000001");
        assertThat(rows.getString("dueDate")).isEqualTo("2024-01-15");
        assertThat(rows.getString("createdAt")).isEqualTo("2024-01-15T11:30:00.123456+01:00");
        assertThat(rows.getString("priorities")).isEqualTo("[1,null,3]");
        assertThat(rows.getNString("text")).isEqualTo("hello");
    }

    @Test
    void numericGettersConvertNumbersBooleansAndNumericText() throws SQLException {
        assertThat(rows.getInt("quantity")).isEqualTo(42);
        assertThat(rows.getInt("digits")).isEqualTo(42);
        assertThat(rows.getLong("count")).isEqualTo(7_000_000_000L);
        assertThat(rows.getShort("quantity")).isEqualTo((short) 42);
        assertThat(rows.getByte("quantity")).isEqualTo((byte) 42);
        assertThat(rows.getInt("total")).isEqualTo(12);
        assertThat(rows.getDouble("total")).isEqualTo(12.5);
        assertThat(rows.getFloat("quantity")).isEqualTo(42f);
        assertThat(rows.getBigDecimal("total")).isEqualByComparingTo("12.50");
        assertThat(rows.getBigDecimal("quantity")).isEqualByComparingTo("42");
        assertThat(rows.getBigDecimal("digits")).isEqualByComparingTo("42");
        assertThat(rows.getInt("isPaid")).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("deprecation")
    void getBigDecimalWithAScaleRoundsHalfUp() throws SQLException {
        assertThat(rows.getBigDecimal("total", 1)).isEqualTo(new BigDecimal("12.5"));
        assertThat(rows.getBigDecimal(5, 0)).isEqualTo(new BigDecimal("13"));
    }

    @Test
    void numbersThatDoNotFitAreOutOfRange() {
        assertThatThrownBy(() -> rows.getInt("count"))
                .isExactlyInstanceOf(SQLDataException.class)
                .hasMessage("Value 7000000000 does not fit a int")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
    }

    @Test
    void textThatIsNotANumberCannotBeConverted() {
        assertThatThrownBy(() -> rows.getInt("text"))
                .isExactlyInstanceOf(SQLDataException.class)
                .hasMessage("Cannot convert String 'hello' to int")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22018");
        assertThatThrownBy(() -> rows.getBigDecimal("id")).hasMessage("Cannot convert UUID '40000000-0000-4000-8000-000000000001' to BigDecimal");
    }

    @Test
    void getBoolean() throws SQLException {
        assertThat(rows.getBoolean("isPaid")).isTrue();
        assertThat(rows.getBoolean("quantity")).isTrue();
        assertThatThrownBy(() -> rows.getBoolean("text")).isExactlyInstanceOf(SQLDataException.class).hasMessage("Cannot convert String 'hello' to boolean");
    }

    @Test
    void datesAndTimestampsAreRenderedInTheConnectionZone() throws SQLException {
        assertThat(rows.getDate("dueDate").toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(rows.getTimestamp("createdAt").toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 1, 15, 11, 30, 0, 123_456_000));
        assertThat(rows.getDate("createdAt").toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(rows.getTime("createdAt").toLocalTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(rows.getTimestamp("dueDate").toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 1, 15, 0, 0));
    }

    @Test
    void aCalendarInTheConnectionZoneGivesTheExactInstant() throws SQLException {
        Calendar berlin = Calendar.getInstance(TimeZone.getTimeZone(BERLIN));
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

        assertThat(rows.getTimestamp("createdAt", berlin).toInstant()).isEqualTo(AT);
        assertThat(rows.getTimestamp("createdAt", utc).toInstant()).isEqualTo(Instant.parse("2024-01-15T11:30:00.123456Z"));
        assertThat(rows.getDate("dueDate", utc).getTime()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z").toEpochMilli());
        assertThat(rows.getTime("createdAt", berlin).getTime()).isEqualTo(Instant.parse("1970-01-01T10:30:00.123Z").toEpochMilli());
    }

    @Test
    void getTimeOnADateIsNotAConversion() {
        assertThatThrownBy(() -> rows.getTime("dueDate")).isExactlyInstanceOf(SQLDataException.class).hasMessage("Cannot convert LocalDate '2024-01-15' to time");
    }

    @Test
    void getObjectReturnsTheClassTheMetadataNames() throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        for (int column = 1; column <= 10; column++) {
            assertThat(rows.getObject(column)).as(meta.getColumnLabel(column)).isInstanceOf(classOf(meta.getColumnClassName(column)));
        }
        assertThat(rows.getObject("dueDate")).isEqualTo(Date.valueOf("2024-01-15"));
        assertThat(rows.getObject("createdAt")).isEqualTo(OffsetDateTime.parse("2024-01-15T11:30:00.123456+01:00"));
        assertThat(rows.getObject("id")).isEqualTo(ID);
        assertThat(rows.getObject("count")).isEqualTo(7_000_000_000L);
    }

    private static Class<?> classOf(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void getObjectWithJavaTimeTargets() throws SQLException {
        assertThat(rows.getObject("createdAt", Instant.class)).isEqualTo(AT);
        assertThat(rows.getObject("createdAt", OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse("2024-01-15T11:30:00.123456+01:00"));
        assertThat(rows.getObject("createdAt", ZonedDateTime.class)).isEqualTo(AT.atZone(BERLIN));
        assertThat(rows.getObject("createdAt", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 15, 11, 30, 0, 123_456_000));
        assertThat(rows.getObject("createdAt", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(rows.getObject("createdAt", LocalTime.class)).isEqualTo(LocalTime.of(11, 30, 0, 123_456_000));
        assertThat(rows.getObject("createdAt", Timestamp.class).toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 1, 15, 11, 30, 0, 123_456_000));
        assertThat(rows.getObject("dueDate", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(rows.getObject("dueDate", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 15, 0, 0));
        assertThat(rows.getObject("dueDate", Date.class)).isEqualTo(Date.valueOf("2024-01-15"));
    }

    @Test
    void getObjectWithValueTargets() throws SQLException {
        assertThat(rows.getObject("id", UUID.class)).isEqualTo(ID);
        assertThat(rows.getObject("id", String.class)).isEqualTo(ID.toString());
        assertThat(rows.getObject("total", BigDecimal.class)).isEqualByComparingTo("12.50");
        assertThat(rows.getObject("total", String.class)).isEqualTo("12.50");
        assertThat(rows.getObject("quantity", Integer.class)).isEqualTo(42);
        assertThat(rows.getObject("quantity", Long.class)).isEqualTo(42L);
        assertThat(rows.getObject("count", Long.class)).isEqualTo(7_000_000_000L);
        assertThat(rows.getObject("isPaid", Boolean.class)).isTrue();
        assertThat(rows.getObject("total", Double.class)).isEqualTo(12.5);
        assertThat(rows.getObject("priorities", List.class)).isEqualTo(Arrays.asList(1, null, 3));
        assertThat(rows.getObject("text", Object.class)).isEqualTo("hello");
    }

    @Test
    void getObjectToAClassThatDoesNotFit() {
        assertThatThrownBy(() -> rows.getObject("text", UUID.class)).isExactlyInstanceOf(SQLDataException.class).hasMessage("Cannot convert String 'hello' to UUID");
        assertThatThrownBy(() -> rows.getObject("total", Instant.class)).hasMessage("Cannot convert BigDecimal '12.50' to timestamp");
        assertThatThrownBy(() -> rows.getObject("total", Thread.class)).hasMessage("Cannot convert BigDecimal '12.50' to java.lang.Thread");
        assertThatThrownBy(() -> rows.getObject("total", (Class<?>) null)).hasMessage("getObject needs a target class");
    }

    @Test
    void arraysComeAsTypedJavaArraysAndAsResultSets() throws SQLException {
        Array array = rows.getArray("priorities");

        assertThat(array.getBaseType()).isEqualTo(Types.INTEGER);
        assertThat(array.getBaseTypeName()).isEqualTo("INTEGER");
        assertThat((Integer[]) array.getArray()).containsExactly(1, null, 3);
        assertThat((Integer[]) array.getArray(2, 2)).containsExactly(null, 3);
        try (ResultSet elements = array.getResultSet()) {
            assertThat(elements.getMetaData().getColumnLabel(1)).isEqualTo("INDEX");
            assertThat(elements.getMetaData().getColumnType(2)).isEqualTo(Types.INTEGER);
            assertThat(elements.next()).isTrue();
            assertThat(elements.getInt(1)).isEqualTo(1);
            assertThat(elements.getInt(2)).isEqualTo(1);
            assertThat(elements.next()).isTrue();
            assertThat(elements.getInt("VALUE")).isZero();
            assertThat(elements.wasNull()).isTrue();
            assertThat(elements.next()).isTrue();
            assertThat(elements.next()).isFalse();
        }
        assertThat(rows.getObject("priorities")).isInstanceOf(Array.class);
    }

    @Test
    void arrayRangesOutsideTheArray() throws SQLException {
        Array array = rows.getArray("priorities");

        assertThatThrownBy(() -> array.getArray(3, 2))
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("Array range [3, 2 elements] is outside the array of 3 elements")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("07009");
        array.free();
        assertThatThrownBy(array::getArray).hasMessage("Array was freed");
    }

    @Test
    void getArrayOnAScalarCannotConvert() {
        assertThatThrownBy(() -> rows.getArray("text")).isExactlyInstanceOf(SQLDataException.class).hasMessage("Cannot convert String 'hello' to java.sql.Array");
    }

    @Test
    void wasNullFollowsTheLastValueRead() throws SQLException {
        assertThat(rows.getBigDecimal("missing")).isNull();
        assertThat(rows.wasNull()).isTrue();
        assertThat(rows.getInt("quantity")).isEqualTo(42);
        assertThat(rows.wasNull()).isFalse();
        assertThat(rows.getInt("missing")).isZero();
        assertThat(rows.wasNull()).isTrue();
        assertThat(rows.getBoolean("missing")).isFalse();
        assertThat(rows.getDouble("missing")).isZero();
        assertThat(rows.getString("missing")).isNull();
        assertThat(rows.getObject("missing", Integer.class)).isNull();
        assertThat(rows.getTimestamp("missing")).isNull();
        assertThat(rows.getArray("missing")).isNull();
        assertThat(rows.getCharacterStream("missing")).isNull();
        assertThat(rows.getBytes("missing")).isNull();
    }

    @Test
    void characterStreamsReadTheText() throws SQLException, IOException {
        try (Reader reader = rows.getCharacterStream("text")) {
            char[] buffer = new char[10];
            assertThat(new String(buffer, 0, reader.read(buffer))).isEqualTo("hello");
        }
    }

    @Test
    void binaryAndLobGettersAreRefused() {
        assertThatThrownBy(() -> rows.getBytes("text"))
                .isExactlyInstanceOf(SQLDataException.class)
                .hasMessage("Cannot convert a VARCHAR column to byte[]: no MultiDB column type is binary");
        assertThatThrownBy(() -> rows.getBlob("text"))
                .isExactlyInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("getBlob() is not supported: no MultiDB column type needs it")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("0A000");
    }

    @Test
    void labelsMatchExactlyThenCaseInsensitively() throws SQLException {
        assertThat(rows.findColumn("isPaid")).isEqualTo(6);
        assertThat(rows.findColumn("ISPAID")).isEqualTo(6);
        assertThatThrownBy(() -> rows.findColumn("nope"))
                .isExactlyInstanceOf(SQLSyntaxErrorException.class)
                .hasMessage("No column labelled 'nope'; the columns are text, digits, quantity, count, total, isPaid, id, dueDate, createdAt, "
                        + "priorities, missing")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42S22");
    }

    @Test
    void columnIndexesOutOfRange() {
        assertThatThrownBy(() -> rows.getString(0))
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("Column index 0 is out of range: the result has 11 columns")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("07009");
        assertThatThrownBy(() -> rows.getString(12)).hasMessage("Column index 12 is out of range: the result has 11 columns");
    }

    @Test
    void noCurrentRowBeforeNextAndAfterTheLast() throws SQLException {
        ResultSet fresh = new InMemoryResultSet(List.of(ColumnDescriptor.of("a", JdbcType.INTEGER, false)), List.<Object[]>of(new Object[] {1}));

        assertThat(fresh.isBeforeFirst()).isTrue();
        assertThatThrownBy(() -> fresh.getInt(1))
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("No current row: call next() first")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("24000");
        assertThat(fresh.next()).isTrue();
        assertThat(fresh.isFirst()).isTrue();
        assertThat(fresh.isLast()).isTrue();
        assertThat(fresh.getRow()).isEqualTo(1);
        assertThat(fresh.next()).isFalse();
        assertThat(fresh.isAfterLast()).isTrue();
        assertThat(fresh.isLast()).isFalse();
        assertThat(fresh.getRow()).isZero();
        assertThat(fresh.next()).isFalse();
        assertThatThrownBy(() -> fresh.getInt(1)).hasMessage("No current row: the result set is past its last row");
    }

    @Test
    void anEmptyResultIsNeitherBeforeFirstNorAfterLast() throws SQLException {
        ResultSet empty = new InMemoryResultSet(List.of(ColumnDescriptor.of("a", JdbcType.INTEGER, false)), List.of());

        assertThat(empty.isBeforeFirst()).isFalse();
        assertThat(empty.next()).isFalse();
        assertThat(empty.isAfterLast()).isFalse();
    }

    @Test
    void aClosedResultSetRefusesEverything() throws SQLException {
        rows.close();
        rows.close();

        assertThat(rows.isClosed()).isTrue();
        assertThatThrownBy(() -> rows.getString(1))
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("Result set is closed")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HY010");
        assertThatThrownBy(rows::next).hasMessage("Result set is closed");
        assertThatThrownBy(rows::wasNull).hasMessage("Result set is closed");
        assertThatThrownBy(rows::getMetaData).hasMessage("Result set is closed");
    }

    @Test
    void resultSetsAreForwardOnlyAndReadOnly() throws SQLException {
        assertThat(rows.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
        assertThat(rows.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
        assertThatThrownBy(rows::previous)
                .isExactlyInstanceOf(SQLException.class)
                .hasMessage("previous() needs a scrollable result set; MultiDB result sets are TYPE_FORWARD_ONLY")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("24000");
        assertThatThrownBy(() -> rows.absolute(1)).hasMessage("absolute() needs a scrollable result set; MultiDB result sets are TYPE_FORWARD_ONLY");
        assertThatThrownBy(() -> rows.updateInt(1, 2))
                .isExactlyInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("MultiDB result sets are read-only (CONCUR_READ_ONLY)");
        assertThatThrownBy(rows::insertRow).isExactlyInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> rows.setFetchDirection(ResultSet.FETCH_REVERSE))
                .hasMessage("MultiDB result sets only fetch forward (FETCH_FORWARD)")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HY024");
        assertThat(rows.getStatement()).isNull();
        assertThat((Object) rows.getWarnings()).isNull();
        assertThat(rows.unwrap(InMemoryResultSet.class)).isSameAs(rows);
    }

    @Test
    void metaDataDescribesEveryType() throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();

        assertThat(meta.getColumnCount()).isEqualTo(11);
        assertThat(meta.getColumnType(1)).isEqualTo(Types.VARCHAR);
        assertThat(meta.getColumnType(3)).isEqualTo(Types.INTEGER);
        assertThat(meta.getColumnType(4)).isEqualTo(Types.BIGINT);
        assertThat(meta.getColumnType(5)).isEqualTo(Types.DECIMAL);
        assertThat(meta.getColumnType(6)).isEqualTo(Types.BOOLEAN);
        assertThat(meta.getColumnType(7)).isEqualTo(Types.OTHER);
        assertThat(meta.getColumnTypeName(7)).isEqualTo("uuid");
        assertThat(meta.getColumnClassName(7)).isEqualTo("java.util.UUID");
        assertThat(meta.getColumnType(8)).isEqualTo(Types.DATE);
        assertThat(meta.getColumnType(9)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
        assertThat(meta.getColumnTypeName(9)).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(meta.getColumnClassName(9)).isEqualTo("java.time.OffsetDateTime");
        assertThat(meta.getColumnType(10)).isEqualTo(Types.ARRAY);
        assertThat(meta.getColumnTypeName(10)).isEqualTo("INTEGER ARRAY");
        assertThat(meta.getColumnClassName(10)).isEqualTo("java.sql.Array");
        assertThat(meta.getTableName(10)).isEqualTo("orders");
        assertThat(meta.isNullable(4)).isEqualTo(ResultSetMetaData.columnNoNulls);
        assertThat(meta.isNullable(5)).isEqualTo(ResultSetMetaData.columnNullable);
        assertThat(meta.isReadOnly(1)).isTrue();
        assertThat(meta.isWritable(1)).isFalse();
        assertThat(meta.isSigned(5)).isTrue();
        assertThat(meta.isSigned(1)).isFalse();
        assertThat(meta.getPrecision(3)).isEqualTo(10);
        assertThat(meta.getScale(9)).isEqualTo(6);
        MultiDbResultSetMetaData multiDb = meta.unwrap(MultiDbResultSetMetaData.class);
        assertThat(multiDb.isMasked(1)).isFalse();
        assertThat(multiDb.strategy()).isEqualTo(Optional.empty());
        assertThat(multiDb.targetDatabase()).isEmpty();
        assertThat(multiDb.dialect()).isEmpty();
        assertThatThrownBy(() -> meta.unwrap(String.class)).hasMessage("MultiDbResultSetMetaData does not wrap java.lang.String");
    }

    @Test
    void instantsRenderInUtcByDefault() throws SQLException {
        ResultSet utc = new InMemoryResultSet(List.of(ColumnDescriptor.of("at", JdbcType.TIMESTAMP_WITH_TIMEZONE, false)),
                List.<Object[]>of(new Object[] {AT}));
        utc.next();

        assertThat(utc.getString(1)).isEqualTo("2024-01-15T10:30:00.123456Z");
        assertThat(utc.getTimestamp(1).toLocalDateTime()).isEqualTo(LocalDateTime.ofInstant(AT, ZoneOffset.UTC));
    }
}
