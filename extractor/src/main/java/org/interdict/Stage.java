package org.interdict;

/** The stages of {@link Extractor#extract}, in the order they run, as {@link StageTimer} reports them. */
public enum Stage {
    /** The document pre-filter over the raw text ({@link Feature#PREFILTER}). */
    PREFILTER,
    /** Tokenisation and sentence splitting (the text backend). */
    TEXT_ANALYSIS,
    /** Gazetteer matching, vessel cues and weapon shapes. */
    GAZETTEER,
    /** Candidate sentences and the TokensRegex rules. */
    RULES,
    /** Date normalisation (SUTime), which event assembly asks for sentence by sentence. */
    DATES,
    /** Event assembly without the dates it asks for, and the final list of entities. */
    ASSEMBLY
}
