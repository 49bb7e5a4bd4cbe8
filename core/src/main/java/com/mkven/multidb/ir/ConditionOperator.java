package com.mkven.multidb.ir;

import com.mkven.multidb.query.ComparisonOperator;

import java.util.Optional;

/**
 * The operators of a {@link WhereCondition} / {@link HavingCondition} (sql.md §2.5), described as data so
 * that a dialect renders a category once instead of spelling out 22 cases.
 */
public enum ConditionOperator {
    EQ("=", Category.COMPARISON, ComparisonOperator.EQ),
    NE("!=", Category.COMPARISON, ComparisonOperator.NE),
    GT(">", Category.COMPARISON, ComparisonOperator.GT),
    LT("<", Category.COMPARISON, ComparisonOperator.LT),
    GE(">=", Category.COMPARISON, ComparisonOperator.GE),
    LE("<=", Category.COMPARISON, ComparisonOperator.LE),
    IN("in", Category.MEMBERSHIP, false),
    NOT_IN("notIn", Category.MEMBERSHIP, true),
    LIKE("like", PatternKind.CALLER_PATTERN, false, false),
    NOT_LIKE("notLike", PatternKind.CALLER_PATTERN, true, false),
    ILIKE("ilike", PatternKind.CALLER_PATTERN, false, true),
    NOT_ILIKE("notIlike", PatternKind.CALLER_PATTERN, true, true),
    CONTAINS("contains", PatternKind.CONTAINS, false, false),
    ICONTAINS("icontains", PatternKind.CONTAINS, false, true),
    NOT_CONTAINS("notContains", PatternKind.CONTAINS, true, false),
    NOT_ICONTAINS("notIcontains", PatternKind.CONTAINS, true, true),
    STARTS_WITH("startsWith", PatternKind.STARTS_WITH, false, false),
    ISTARTS_WITH("istartsWith", PatternKind.STARTS_WITH, false, true),
    ENDS_WITH("endsWith", PatternKind.ENDS_WITH, false, false),
    IENDS_WITH("iendsWith", PatternKind.ENDS_WITH, false, true),
    IS_NULL("isNull", Category.NULL_CHECK, false),
    IS_NOT_NULL("isNotNull", Category.NULL_CHECK, true);

    /** How an operator is rendered, at the coarsest level. */
    public enum Category {
        /** {@code c <op> p} */
        COMPARISON,
        /** {@code in} / {@code notIn}: one parameter holding the whole list */
        MEMBERSHIP,
        /** the twelve LIKE-style operators: one string parameter */
        PATTERN,
        /** {@code IS [NOT] NULL}: no parameter */
        NULL_CHECK
    }

    /** Which wildcards the dialect adds around the (escaped) value; the caller's own pattern gets none. */
    public enum PatternKind {
        /** {@code like}/{@code ilike} and negations: the value is the pattern, bound unchanged */
        CALLER_PATTERN,
        /** {@code %e%} */
        CONTAINS,
        /** {@code e%} */
        STARTS_WITH,
        /** {@code %e} */
        ENDS_WITH
    }

    private final String wireName;
    private final Category category;
    private final boolean negated;
    private final boolean caseInsensitive;
    private final ComparisonOperator comparison;
    private final PatternKind patternKind;

    ConditionOperator(String wireName, Category category, ComparisonOperator comparison) {
        this(wireName, category, false, false, comparison, null);
    }

    ConditionOperator(String wireName, Category category, boolean negated) {
        this(wireName, category, negated, false, null, null);
    }

    ConditionOperator(String wireName, PatternKind patternKind, boolean negated, boolean caseInsensitive) {
        this(wireName, Category.PATTERN, negated, caseInsensitive, null, patternKind);
    }

    ConditionOperator(String wireName, Category category, boolean negated, boolean caseInsensitive,
            ComparisonOperator comparison, PatternKind patternKind) {
        this.wireName = wireName;
        this.category = category;
        this.negated = negated;
        this.caseInsensitive = caseInsensitive;
        this.comparison = comparison;
        this.patternKind = patternKind;
    }

    public String wireName() {
        return wireName;
    }

    public Category category() {
        return category;
    }

    /** {@code notIn}, the {@code not…} patterns and {@code isNotNull}; comparisons are never negated. */
    public boolean negated() {
        return negated;
    }

    /** The {@code i…} pattern operators. */
    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** The comparison of a {@link Category#COMPARISON} operator. */
    public Optional<ComparisonOperator> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** The wildcard shape of a {@link Category#PATTERN} operator. */
    public Optional<PatternKind> patternKind() {
        return Optional.ofNullable(patternKind);
    }

    public boolean takesParam() {
        return category != Category.NULL_CHECK;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
