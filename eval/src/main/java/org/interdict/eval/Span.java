package org.interdict.eval;

/**
 * A character span: UTF-16 offsets into a document's text, {@code end} exclusive. Immutable.
 *
 * @param start first character, {@code >= 0}
 * @param end   one past the last character, {@code > start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end
                    + "): need 0 <= start < end");
        }
    }

    public int length() {
        return end - start;
    }

    /** Number of characters shared with {@code other}; 0 when they do not overlap. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public boolean overlaps(Span other) {
        return overlap(other) > 0;
    }

    /** Overlap divided by the length of the union of the two spans, in [0, 1]. */
    public double jaccard(Span other) {
        int shared = overlap(other);
        return shared == 0 ? 0.0 : (double) shared / (length() + other.length() - shared);
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
