package com.mkven.multidb.jdbc;

import java.sql.SQLException;

/** {@link java.sql.Wrapper} for every driver object: each unwraps to itself and to the interfaces it implements. */
final class Wrappers {
    private Wrappers() {}

    static <T> T unwrap(Object wrapper, Class<T> type) throws SQLException {
        if (type != null && type.isInstance(wrapper)) {
            return type.cast(wrapper);
        }
        throw SqlState.GENERAL_ERROR.exception("%s does not wrap %s".formatted(wrapper.getClass().getSimpleName(),
                type == null ? "null" : type.getName()));
    }

    static boolean isWrapperFor(Object wrapper, Class<?> type) {
        return type != null && type.isInstance(wrapper);
    }
}
