package com.mkven.multidb.resolve;

/** Whether the statement returns rows or one count ({@code executeMode: count}). */
public enum ResultMode {
    DATA,
    COUNT
}
