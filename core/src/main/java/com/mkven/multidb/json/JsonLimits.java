package com.mkven.multidb.json;

/**
 * Hard limits on what a JSON document may be, so that hostile input fails fast with a clear
 * error instead of exhausting memory or the stack. Query-level limits (list sizes, filter
 * depth) are enforced by validation, which also covers definitions built in Java.
 */
public final class JsonLimits {
    /** Largest accepted JSON document: 1 MiB is far beyond any hand-written query. */
    public static final int MAX_DOCUMENT_CHARS = 1 << 20;
    /** Deepest accepted JSON nesting (objects and arrays); a filter group costs two levels. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest accepted string value. */
    public static final int MAX_STRING_CHARS = 64 * 1024;

    private JsonLimits() {}
}
