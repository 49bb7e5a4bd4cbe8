package com.mkven.multidb.resolve;

import java.util.ArrayList;
import java.util.List;

/** The parameters of one resolution, in the order they are pushed; {@code null} values are kept. */
final class ParamList {
    private final List<Object> values = new ArrayList<>();

    /** Appends a value and returns its index. */
    int add(Object value) {
        values.add(value);
        return values.size() - 1;
    }

    List<Object> values() {
        return values;
    }
}
