package org.interdict.cli.batch;

import java.nio.file.Path;

/**
 * How a batch run writes.
 *
 * @param threads  extraction threads, at least 1; at most {@code 4 x threads} documents are in flight
 * @param format   what to write
 * @param out      the output file, or {@code "-"} for stdout
 * @param index    a Lucene index to add the events to in the same pass, or null
 * @param errors   a JSON Lines file for the documents that could not be read or extracted, or null for
 *                 one line each on stderr
 * @param resume   leave out the documents already in {@code out} and append to it
 * @param terminal stderr is a terminal: show a progress bar rather than periodic log lines
 */
public record BatchOptions(int threads, OutputFormat format, String out, Path index, Path errors, boolean resume,
        boolean terminal) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        if (format == null || out == null) {
            throw new IllegalArgumentException("a batch run needs a format and an output");
        }
        if (resume && "-".equals(out)) {
            throw new IllegalArgumentException("--resume needs --out FILE (it reads what that file already holds)");
        }
    }

    /** Documents in flight at most: {@code 4 x threads}. */
    public int capacity() {
        return 4 * threads;
    }
}
