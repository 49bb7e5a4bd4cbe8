package com.mkven.multidb.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * What no MultiDB result set does: change rows (the driver is read-only), scroll (results stream forward-only), or
 * hand out LOBs, streams, refs, row ids and URLs (no column type has them). Kept apart from {@link AbstractResultSet}
 * so that class shows only what result sets do.
 */
abstract class ReadOnlyResultSetSupport implements ResultSet {
    @Override
    public final boolean rowUpdated() {
        return false;
    }

    @Override
    public final boolean rowInserted() {
        return false;
    }

    @Override
    public final boolean rowDeleted() {
        return false;
    }

    @Override
    public final int getType() {
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public final int getConcurrency() {
        return CONCUR_READ_ONLY;
    }

    @Override
    public final String getCursorName() throws SQLException {
        throw notSupported("getCursorName");
    }

    @Override
    public final void updateNull(int columnIndex) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNull(String columnLabel) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBoolean(int columnIndex, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBoolean(String columnLabel, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateByte(int columnIndex, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateByte(String columnLabel, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateShort(int columnIndex, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateShort(String columnLabel, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateInt(int columnIndex, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateInt(String columnLabel, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateLong(int columnIndex, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateLong(String columnLabel, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateFloat(int columnIndex, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateFloat(String columnLabel, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDouble(int columnIndex, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDouble(String columnLabel, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateString(int columnIndex, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateString(String columnLabel, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBytes(int columnIndex, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBytes(String columnLabel, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDate(int columnIndex, Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateDate(String columnLabel, Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTime(int columnIndex, Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTime(String columnLabel, Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(int columnIndex, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(String columnLabel, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(int columnIndex, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(String columnLabel, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(int columnIndex, Reader x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(String columnLabel, Reader x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(int columnIndex, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(String columnLabel, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(int columnIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(String columnLabel, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(int columnIndex, Object x, SQLType targetSqlType) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateObject(String columnLabel, Object x, SQLType targetSqlType) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRef(int columnIndex, Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRef(String columnLabel, Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(int columnIndex, Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(String columnLabel, Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(int columnIndex, Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(String columnLabel, Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateArray(int columnIndex, Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateArray(String columnLabel, Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRowId(int columnIndex, RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRowId(String columnLabel, RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNString(int columnIndex, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNString(String columnLabel, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(int columnIndex, NClob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(String columnLabel, NClob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateSQLXML(int columnIndex, SQLXML x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateSQLXML(String columnLabel, SQLXML x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(int columnIndex, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(String columnLabel, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(int columnIndex, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(String columnLabel, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(int columnIndex, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(String columnLabel, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNCharacterStream(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateCharacterStream(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateBlob(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateClob(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateNClob(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public final void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public final boolean first() throws SQLException {
        throw forwardOnly("first");
    }

    @Override
    public final boolean last() throws SQLException {
        throw forwardOnly("last");
    }

    @Override
    public final void beforeFirst() throws SQLException {
        throw forwardOnly("beforeFirst");
    }

    @Override
    public final void afterLast() throws SQLException {
        throw forwardOnly("afterLast");
    }

    @Override
    public final boolean absolute(int row) throws SQLException {
        throw forwardOnly("absolute");
    }

    @Override
    public final boolean relative(int rows) throws SQLException {
        throw forwardOnly("relative");
    }

    @Override
    public final boolean previous() throws SQLException {
        throw forwardOnly("previous");
    }

    @Override
    public final InputStream getAsciiStream(int columnIndex) throws SQLException {
        throw notSupported("getAsciiStream");
    }

    @Override
    public final InputStream getAsciiStream(String columnLabel) throws SQLException {
        throw notSupported("getAsciiStream");
    }

    @Deprecated
    @Override
    public final InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw notSupported("getUnicodeStream");
    }

    @Deprecated
    @Override
    public final InputStream getUnicodeStream(String columnLabel) throws SQLException {
        throw notSupported("getUnicodeStream");
    }

    @Override
    public final InputStream getBinaryStream(int columnIndex) throws SQLException {
        throw notSupported("getBinaryStream");
    }

    @Override
    public final InputStream getBinaryStream(String columnLabel) throws SQLException {
        throw notSupported("getBinaryStream");
    }

    @Override
    public final Ref getRef(int columnIndex) throws SQLException {
        throw notSupported("getRef");
    }

    @Override
    public final Ref getRef(String columnLabel) throws SQLException {
        throw notSupported("getRef");
    }

    @Override
    public final Blob getBlob(int columnIndex) throws SQLException {
        throw notSupported("getBlob");
    }

    @Override
    public final Blob getBlob(String columnLabel) throws SQLException {
        throw notSupported("getBlob");
    }

    @Override
    public final Clob getClob(int columnIndex) throws SQLException {
        throw notSupported("getClob");
    }

    @Override
    public final Clob getClob(String columnLabel) throws SQLException {
        throw notSupported("getClob");
    }

    @Override
    public final NClob getNClob(int columnIndex) throws SQLException {
        throw notSupported("getNClob");
    }

    @Override
    public final NClob getNClob(String columnLabel) throws SQLException {
        throw notSupported("getNClob");
    }

    @Override
    public final SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw notSupported("getSQLXML");
    }

    @Override
    public final SQLXML getSQLXML(String columnLabel) throws SQLException {
        throw notSupported("getSQLXML");
    }

    @Override
    public final RowId getRowId(int columnIndex) throws SQLException {
        throw notSupported("getRowId");
    }

    @Override
    public final RowId getRowId(String columnLabel) throws SQLException {
        throw notSupported("getRowId");
    }

    @Override
    public final URL getURL(int columnIndex) throws SQLException {
        throw notSupported("getURL");
    }

    @Override
    public final URL getURL(String columnLabel) throws SQLException {
        throw notSupported("getURL");
    }

    private static SQLException readOnly() {
        return SqlState.FEATURE_NOT_SUPPORTED.exception("MultiDB result sets are read-only (CONCUR_READ_ONLY)");
    }

    private static SQLException forwardOnly(String method) {
        return SqlState.INVALID_CURSOR_STATE.exception(method + "() needs a scrollable result set; MultiDB result sets are TYPE_FORWARD_ONLY");
    }

    static SQLException notSupported(String method) {
        return SqlState.FEATURE_NOT_SUPPORTED.exception(method + "() is not supported: no MultiDB column type needs it");
    }
}
