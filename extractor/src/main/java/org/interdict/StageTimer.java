package org.interdict;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the wall time each {@link Stage} of extraction takes, over every document of every thread that uses
 * the extractor it was given to ({@link Extractor.Builder#stageTimer}), and counts documents and documents the
 * pre-filter skipped. Opt-in: an extractor without one reads no clock. Thread-safe (one {@link LongAdder} per
 * figure, so threads do not contend); {@link #snapshot()} gives immutable figures.
 */
public final class StageTimer {

    private final EnumMap<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder documents = new LongAdder();
    private final LongAdder skipped = new LongAdder();

    public StageTimer() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** Adds {@code elapsedNanos} to the stage. */
    void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    void countDocument(boolean wasSkipped) {
        documents.increment();
        if (wasSkipped) {
            skipped.increment();
        }
    }

    /** Sets every figure back to zero (not atomic with extractions running at the same time). */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        documents.reset();
        skipped.reset();
    }

    /** The figures so far. */
    public Snapshot snapshot() {
        EnumMap<Stage, Long> copy = new EnumMap<>(Stage.class);
        nanos.forEach((stage, adder) -> copy.put(stage, adder.sum()));
        return new Snapshot(copy, documents.sum(), skipped.sum());
    }

    /**
     * Stage times and document counts at one moment. Immutable.
     *
     * @param nanos            wall nanoseconds per stage, every stage present
     * @param documents        documents extracted (skipped ones included)
     * @param skippedDocuments documents the pre-filter skipped
     */
    public record Snapshot(Map<Stage, Long> nanos, long documents, long skippedDocuments) {

        public Snapshot {
            nanos = Map.copyOf(nanos);
            for (Stage stage : Stage.values()) {
                if (!nanos.containsKey(stage)) {
                    throw new IllegalArgumentException("no time for stage " + stage + " in " + nanos);
                }
            }
            if (documents < 0 || skippedDocuments < 0 || skippedDocuments > documents) {
                throw new IllegalArgumentException("bad document counts: " + skippedDocuments + " skipped of "
                        + documents);
            }
        }

        public long nanos(Stage stage) {
            return nanos.get(stage);
        }

        /** The sum over all stages. */
        public long totalNanos() {
            return nanos.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The share of documents the pre-filter skipped, 0 when there were none. */
        public double skippedFraction() {
            return documents == 0 ? 0 : (double) skippedDocuments / documents;
        }
    }
}
