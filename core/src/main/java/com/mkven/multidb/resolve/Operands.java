package com.mkven.multidb.resolve;

import com.mkven.multidb.query.QueryFilter;

import java.util.Map;

/** Reads a filter's operand; validation has checked its shape, so a wrong one is an impossible state. */
final class Operands {
    private Operands() {}

    static Object value(QueryFilter filter) {
        return filter.value().orElseThrow(
                () -> new IllegalArgumentException(filter.operator() + " on " + filter.column() + " needs a value"));
    }

    /** A member of an object operand: {@code from}/{@code to} of a range, {@code text}/{@code maxDistance}. */
    static Object field(QueryFilter filter, String name) {
        if (value(filter) instanceof Map<?, ?> object && object.containsKey(name)) {
            return object.get(name);
        }
        throw new IllegalArgumentException(filter.operator() + " on " + filter.column() + " needs {" + name + "}");
    }
}
