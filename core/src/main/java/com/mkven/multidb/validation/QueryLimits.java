package com.mkven.multidb.validation;

/**
 * Hard limits on the size of a query definition, checked by {@link QueryValidator} so that hostile
 * or runaway input (also a definition built in Java, which no JSON limit sees) fails fast with a
 * typed validation issue instead of exhausting the stack, the CPU or the database.
 */
public final class QueryLimits {
    /**
     * How many groups and EXISTS filters may enclose a condition. Deeper nesting is one
     * {@code INVALID_FILTER} issue (per top-level condition) and is not looked into.
     */
    public static final int MAX_FILTER_DEPTH = 32;

    /**
     * How many filter nodes (conditions, groups, EXISTS) a query may hold in {@code filters}, join
     * filters and {@code having} together. More is one {@code INVALID_FILTER} issue and no filter
     * is validated further.
     */
    public static final int MAX_FILTER_NODES = 10_000;

    /**
     * How many values an {@code in}/{@code notIn}/{@code arrayContainsAll}/{@code arrayContainsAny}
     * list ({@code INVALID_VALUE}) or {@code byIds} ({@code INVALID_BY_IDS}) may hold.
     */
    public static final int MAX_LIST_VALUES = 10_000;

    private QueryLimits() {}
}
