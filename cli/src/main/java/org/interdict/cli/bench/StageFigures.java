package org.interdict.cli.bench;

/**
 * Where Interdict's time goes, from one run, without changing the extractor. Nanoseconds; -1 when not
 * measured.
 *
 * @param totalNanos                   the timed pass with every feature on
 * @param textAnalysisNanos            its text analysis, timed exactly (a timed analyzer given to the builder)
 * @param gazetteerReplayNanos         the gazetteer stage replayed outside the extractor on the same tokens
 * @param withoutDatesNanos            a timed pass with {@code DATES} off
 * @param withoutCandidateSentencesNanos a timed pass with {@code CANDIDATE_SENTENCES} off
 * @param withoutPrefilterNanos        a timed pass with {@code PREFILTER} off
 */
public record StageFigures(long totalNanos, long textAnalysisNanos, long gazetteerReplayNanos, long withoutDatesNanos,
        long withoutCandidateSentencesNanos, long withoutPrefilterNanos) {

    /** The date stage: the full pass minus the pass without dates, or -1. */
    public long datesNanos() {
        return withoutDatesNanos < 0 ? -1 : totalNanos - withoutDatesNanos;
    }

    /**
     * What is left for candidate selection, rules and event assembly (and the gazetteer stage when it was
     * not replayed): the total minus the measured stages. May come out slightly negative from noise.
     */
    public long restNanos() {
        long rest = totalNanos - textAnalysisNanos;
        if (gazetteerReplayNanos >= 0) {
            rest -= gazetteerReplayNanos;
        }
        if (withoutDatesNanos >= 0) {
            rest -= datesNanos();
        }
        return rest;
    }
}
