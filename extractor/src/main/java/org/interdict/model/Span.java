package org.interdict.model;

/** A character span of the document, UTF-16 offsets, end exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
