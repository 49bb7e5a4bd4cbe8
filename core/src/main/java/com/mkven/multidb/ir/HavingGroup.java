package com.mkven.multidb.ir;

import com.mkven.multidb.query.FilterLogic;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** {@code (h1 AND h2 …)} / {@code (h1 OR h2 …)}, {@code NOT (…)} when negated; empty stands for its identity. */
public record HavingGroup(FilterLogic logic, boolean not, List<HavingNode> conditions) implements HavingNode {
    public HavingGroup {
        requireNonNull(logic, "logic is null");
        conditions = List.copyOf(requireNonNull(conditions, "conditions is null"));
    }

    @Override
    public <R> R accept(HavingVisitor<R> visitor) {
        return visitor.visitGroup(this);
    }
}
