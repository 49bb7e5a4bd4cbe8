package com.mkven.multidb.ir;

/** The functions a {@link WhereFunction} applies to a column; each dialect names them its own way. */
public enum FilterFunction {
    /** edit distance: Postgres {@code levenshtein}, ClickHouse {@code editDistance}, Trino {@code levenshtein_distance} */
    LEVENSHTEIN
}
