package org.interdict.spark;

import java.io.Serializable;

/**
 * One input file of a job and its place in the input order, which names its outputs
 * ({@code part-00003.jsonl}, {@code shard-00003}) so that they concatenate and merge in input order.
 *
 * @param ordinal the position of the file in the job's expanded input list, from 0
 * @param path    the file, as every executor sees it
 */
public record InputFile(int ordinal, String path) implements Serializable {

    private static final long serialVersionUID = 1L;

    public InputFile {
        if (ordinal < 0) {
            throw new IllegalArgumentException("input ordinal is negative: " + ordinal);
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("input path is blank (ordinal " + ordinal + ")");
        }
    }
}
