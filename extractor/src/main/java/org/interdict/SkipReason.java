package org.interdict;

/**
 * Why the document pre-filter ({@link Feature#PREFILTER}) skipped a document without analysing it. A skipped
 * document's result has no entities and no events, and {@link ExtractionResult#skipped()} names the reason,
 * so that it never passes for an analysed document that happened to mention nothing.
 */
public enum SkipReason {
    /**
     * No arms vocabulary occurs in the text: no weapon, vessel or treaty name of the gazetteers, no arms word,
     * no vessel cue. With {@link Feature#CANDIDATE_SENTENCES} on (the default) no sentence could then be a
     * candidate for the rules, so no event is possible, and no weapon, vessel or treaty mention either.
     */
    NO_ARMS_WORD,
    /**
     * With {@link Feature#CANDIDATE_SENTENCES} off: no arms vocabulary and no word that any trigger rule is
     * anchored on (a seizure or transfer verb or noun).
     */
    NO_ARMS_OR_TRIGGER_WORD
}
