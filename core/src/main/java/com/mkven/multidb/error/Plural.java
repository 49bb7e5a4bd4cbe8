package com.mkven.multidb.error;

/** Counted nouns for summary messages: "1 error", "3 errors". */
final class Plural {
    private Plural() {}

    static String count(int count, String singular) {
        return count + " " + singular + (count == 1 ? "" : "s");
    }
}
