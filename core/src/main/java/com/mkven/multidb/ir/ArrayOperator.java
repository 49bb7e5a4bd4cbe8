package com.mkven.multidb.ir;

/** The operators of a {@link WhereArrayCondition}. */
public enum ArrayOperator {
    /** one element parameter */
    CONTAINS,
    /** one parameter holding the whole list */
    CONTAINS_ALL,
    /** one parameter holding the whole list */
    CONTAINS_ANY,
    IS_EMPTY,
    IS_NOT_EMPTY;

    public boolean takesParam() {
        return this != IS_EMPTY && this != IS_NOT_EMPTY;
    }
}
