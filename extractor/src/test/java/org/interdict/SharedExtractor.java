package org.interdict;

/** One extractor for all tests of this module: building one loads every gazetteer and starts SUTime. */
public final class SharedExtractor {

    private static volatile Extractor instance;

    private SharedExtractor() {
    }

    public static Extractor get() {
        if (instance == null) {
            synchronized (SharedExtractor.class) {
                if (instance == null) {
                    instance = Extractor.builder().build();
                }
            }
        }
        return instance;
    }
}
