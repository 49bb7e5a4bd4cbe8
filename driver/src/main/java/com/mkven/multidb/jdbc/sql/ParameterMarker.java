package com.mkven.multidb.jdbc.sql;

/**
 * Stands for the {@code index}-th {@code ?} (from 1) in the value positions of a
 * {@link TranslatedStatement#definition()} until {@link TranslatedStatement#bind} puts the values there.
 */
public record ParameterMarker(int index) {
    public ParameterMarker {
        if (index < 1) {
            throw new IllegalArgumentException("parameter indexes count from 1, got " + index);
        }
    }

    @Override
    public String toString() {
        return "?" + index;
    }
}
