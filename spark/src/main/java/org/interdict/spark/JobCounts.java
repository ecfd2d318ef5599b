package org.interdict.spark;

import java.util.Locale;

/**
 * What a job did with the documents it read, as the CLI counts them: every document or record read is
 * processed, skipped or failed (unreadable, over the size cap, or the extractor failed), so
 * {@code read = processed + skipped + failed}. A Spark job does not resume, so it skips none; the field
 * is there so that the two summaries read alike.
 */
public record JobCounts(long read, long processed, long skipped, long failed, long events) {

    public JobCounts {
        if (read < 0 || processed < 0 || skipped < 0 || failed < 0 || events < 0) {
            throw new IllegalArgumentException("negative count: read " + read + ", processed " + processed
                    + ", skipped " + skipped + ", failed " + failed + ", events " + events);
        }
    }

    /** "documents read 4, processed 2, skipped 0, failed 2; events 1 (0.4 s, 5.0 documents/s)". */
    public String summary(double seconds) {
        return String.format(Locale.ROOT, "documents read %d, processed %d, skipped %d, failed %d; events %d"
                + " (%.1f s, %.1f documents/s)", read, processed, skipped, failed, events, seconds,
                seconds > 0 ? processed / seconds : 0.0);
    }
}
