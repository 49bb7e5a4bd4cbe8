package com.mkven.multidb.jdbc.sql;

import java.util.List;

/** The values bound to a prepared statement, each converted for the place of its marker. */
final class BoundParameters implements ParameterBinding {
    private final List<?> values;

    BoundParameters(List<?> values) {
        this.values = values;
    }

    @Override
    public Object value(ParameterSlot slot) {
        return BoundValues.convert(values.get(slot.index() - 1), slot);
    }
}
