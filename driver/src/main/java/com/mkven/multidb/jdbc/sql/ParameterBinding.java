package com.mkven.multidb.jdbc.sql;

/**
 * What a {@code ?} becomes during a translation: a {@link ParameterMarker} while a statement is
 * prepared, the bound value when it is bound. One translation path serves both, so a bound
 * definition cannot differ from its template in anything but the values.
 */
interface ParameterBinding {
    /**
     * @return the value for the slot; {@code null} for a bound SQL NULL
     */
    Object value(ParameterSlot slot);
}
