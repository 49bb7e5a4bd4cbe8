package com.mkven.multidb.ir;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/** Checks shared by the nodes that address {@code params} by index. */
final class ParamIndexes {
    private ParamIndexes() {}

    static int check(int index, String name) {
        if (index < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + index);
        }
        return index;
    }

    /** A parameter index that must be present exactly when the operator takes a value. */
    static OptionalInt check(OptionalInt index, boolean takesParam, Object operator) {
        requireNonNull(index, "paramIndex is null");
        if (index.isPresent() != takesParam) {
            throw new IllegalArgumentException(operator + (takesParam ? " needs" : " takes no") + " parameter");
        }
        index.ifPresent(value -> check(value, "paramIndex"));
        return index;
    }
}
