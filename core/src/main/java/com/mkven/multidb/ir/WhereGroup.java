package com.mkven.multidb.ir;

import com.mkven.multidb.query.FilterLogic;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code (c1 AND c2 …)} / {@code (c1 OR c2 …)}, {@code NOT (…)} when negated. An empty group is allowed and stands
 * for its identity (true for AND, false for OR), as an empty filter group in a query does.
 */
public record WhereGroup(FilterLogic logic, boolean not, List<WhereNode> conditions) implements WhereNode {
    public WhereGroup {
        requireNonNull(logic, "logic is null");
        conditions = List.copyOf(requireNonNull(conditions, "conditions is null"));
    }

    @Override
    public <R> R accept(WhereVisitor<R> visitor) {
        return visitor.visitGroup(this);
    }
}
