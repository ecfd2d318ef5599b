package org.interdict.corpus;

/**
 * A document that could not be read: where it came from (a file), where in it (a line number, a record
 * offset, or null), and why.
 */
public record SourceProblem(String source, String position, String reason) {

    @Override
    public String toString() {
        return source + (position == null ? "" : ":" + position) + ": " + reason;
    }
}
