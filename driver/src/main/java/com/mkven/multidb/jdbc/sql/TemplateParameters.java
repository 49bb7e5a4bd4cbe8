package com.mkven.multidb.jdbc.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the slots of a statement being prepared and puts a {@link ParameterMarker} where each
 * value goes. {@link #slots()} checks that every {@code ?} of the text was used exactly once, so a
 * marker in a place the translation ignores cannot leave a parameter without effect.
 */
final class TemplateParameters implements ParameterBinding {
    private final List<SourcePosition> markers;
    private final List<ParameterSlot> slots = new ArrayList<>();

    TemplateParameters(List<SourcePosition> markers) {
        this.markers = markers;
    }

    @Override
    public Object value(ParameterSlot slot) {
        slots.add(slot);
        return new ParameterMarker(slot.index());
    }

    /** The slots by index, one per marker of the text. */
    List<ParameterSlot> slots() {
        List<ParameterSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparingInt(ParameterSlot::index));
        for (int i = 0; i < markers.size(); i++) {
            if (i >= sorted.size() || sorted.get(i).index() != i + 1) {
                throw misplaced(markers.get(i));
            }
        }
        if (sorted.size() > markers.size()) {
            throw misplaced(sorted.get(markers.size()).position());
        }
        return List.copyOf(sorted);
    }

    private static UnsupportedSqlException misplaced(SourcePosition position) {
        return UnsupportedSqlException.unsupported("parameter marker here",
                "a ? parameter marker is not supported at this place", position);
    }
}
