package com.mkven.multidb.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Finds keys that occur more than once in a list: each later occurrence is reported with the first one's index. */
final class Repeats {
    private Repeats() {}

    interface Action {
        void repeated(String key, int firstIndex, int repeatIndex);
    }

    static <T> void find(List<T> items, Function<? super T, String> key, Action action) {
        Map<String, Integer> firstIndexes = new HashMap<>();
        for (int index = 0; index < items.size(); index++) {
            String value = key.apply(items.get(index));
            Integer firstIndex = firstIndexes.putIfAbsent(value, index);
            if (firstIndex != null) {
                action.repeated(value, firstIndex, index);
            }
        }
    }
}
