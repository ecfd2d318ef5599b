package org.interdict;

/** Pipeline switches, each with a documented default; set them with {@link Extractor.Builder}. */
public enum Feature {
    /**
     * Skip documents that can hold neither an event nor a weapon, vessel or treaty mention, decided from the raw
     * text before tokenisation: no arms vocabulary (and, with {@link #CANDIDATE_SENTENCES} off, no trigger anchor word
     * either). A skipped document's result has no entities and no events and names why in
     * {@link ExtractionResult#skipped()}. On by default; turn it off to get the countries, places and
     * organisations of documents that are not about arms.
     */
    PREFILTER(true),
    /**
     * Run dates and rules only on candidate sentences (an arms entity, a vessel or an arms word) and their
     * neighbours. On by default; off runs them on every sentence, for comparison in benchmarks.
     */
    CANDIDATE_SENTENCES(true),
    /** Normalise dates with SUTime. On by default. */
    DATES(true),
    /** Output DATE entities next to the gazetteer entities. On by default. */
    DATE_ENTITIES(true),
    /**
     * Run CoreNLP's statistical NER (people, organisations, places) on the sentences where an event opens
     * and their neighbours, adding entities the gazetteers miss before the slot rules run. Off by
     * default: it loads a 32 MB model (a few seconds, about 400 MB of heap) and costs far more per
     * sentence than the rest of the pipeline; {@code ./interdict eval --statistical} shows what it buys.
     */
    STATISTICAL_NER(false);

    private final boolean enabledByDefault;

    Feature(boolean enabledByDefault) {
        this.enabledByDefault = enabledByDefault;
    }

    public boolean enabledByDefault() {
        return enabledByDefault;
    }
}
