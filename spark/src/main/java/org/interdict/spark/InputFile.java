package org.interdict.spark;

import java.io.Serializable;

/**
 * One partition's input: a whole file, or a byte range of a large JSON Lines file, and its place in the
 * input order, which names its outputs ({@code part-00003.jsonl}, {@code shard-00003}) so that they
 * concatenate and merge in input order.
 *
 * @param ordinal the position in the job's list of partitions, from 0
 * @param path    the file, as every executor sees it
 * @param start   the first byte of the range (0 for a whole file)
 * @param end     the byte after the range, or {@link #WHOLE} for the whole file
 */
public record InputFile(int ordinal, String path, long start, long end) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The {@code end} of an input read whole, by the reader its name calls for. */
    public static final long WHOLE = -1;

    public InputFile {
        if (ordinal < 0) {
            throw new IllegalArgumentException("input ordinal is negative: " + ordinal);
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("input path is blank (ordinal " + ordinal + ")");
        }
        if (end == WHOLE ? start != 0 : start < 0 || end <= start) {
            throw new IllegalArgumentException("bad byte range [" + start + ", " + end + ") of " + path);
        }
    }

    /** A whole file. */
    public static InputFile whole(int ordinal, String path) {
        return new InputFile(ordinal, path, 0, WHOLE);
    }

    /** Whether this is a byte range of a JSON Lines file rather than a whole file. */
    public boolean isRange() {
        return end != WHOLE;
    }
}
