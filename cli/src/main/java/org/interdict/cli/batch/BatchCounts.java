package org.interdict.cli.batch;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a batch run did with the documents it read: every document read is processed, skipped (already
 * in the output, {@code --resume}) or failed (unreadable, over the size cap, or the extractor failed), so
 * {@code read = processed + skipped + failed}. Updated by the run's writer thread, readable from any.
 */
public final class BatchCounts {

    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final long startNanos = System.nanoTime();

    void countProcessed(int eventCount) {
        events.addAndGet(eventCount);
        processed.incrementAndGet();
    }

    void countSkipped() {
        skipped.incrementAndGet();
    }

    void countFailed() {
        failed.incrementAndGet();
    }

    public long read() {
        return processed() + skipped() + failed();
    }

    public long processed() {
        return processed.get();
    }

    public long skipped() {
        return skipped.get();
    }

    public long failed() {
        return failed.get();
    }

    public long events() {
        return events.get();
    }

    /** Seconds since the run started. */
    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** "documents read 4, processed 2, skipped 0, failed 2; events 1 (0.4 s, 5.0 documents/s)". */
    public String summary() {
        double seconds = seconds();
        return String.format(Locale.ROOT, "documents read %d, processed %d, skipped %d, failed %d; events %d"
                + " (%.1f s, %.1f documents/s)", read(), processed(), skipped(), failed(), events(), seconds,
                seconds > 0 ? processed() / seconds : 0.0);
    }
}
