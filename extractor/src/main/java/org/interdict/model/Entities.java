package org.interdict.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Lookups over entity lists in text order (sorted by start), by binary search, so that the cost per
 * lookup does not grow with the length of the document.
 */
public final class Entities {

    /** How far back from the first entity starting in a span to look for one that reaches into it. */
    private static final int LOOK_BACK = 8;

    private Entities() {
    }

    /** The index of the first entity that starts at or after the offset (the size when none does). */
    public static int firstStartingAtOrAfter(List<Entity> sorted, int offset) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The entities that lie inside the span. */
    public static List<Entity> inside(List<Entity> sorted, int start, int end) {
        List<Entity> found = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(sorted, start); i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() <= end) {
                found.add(sorted.get(i));
            }
        }
        return found;
    }

    /** The entities that overlap the span; entities are short, so only a few before it are looked at. */
    public static List<Entity> overlapping(List<Entity> sorted, int start, int end) {
        List<Entity> found = new ArrayList<>();
        for (int i = Math.max(0, firstStartingAtOrAfter(sorted, start) - LOOK_BACK);
                i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).overlaps(start, end)) {
                found.add(sorted.get(i));
            }
        }
        return found;
    }

    /** Whether any entity overlaps the span. */
    public static boolean overlapsAny(List<Entity> sorted, int start, int end) {
        for (int i = Math.max(0, firstStartingAtOrAfter(sorted, start) - LOOK_BACK);
                i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }
}
