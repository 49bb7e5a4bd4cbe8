package com.mkven.multidb.ir;

import static java.util.Objects.requireNonNull;

/** {@code EXISTS (SELECT 1 …)}, or {@code NOT EXISTS} when {@code exists} is false. */
public record WhereExists(boolean exists, CorrelatedSubquery subquery) implements WhereNode {
    public WhereExists {
        requireNonNull(subquery, "subquery is null");
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitExists(this);
    }
}
