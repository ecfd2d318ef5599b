package org.interdict.spark;

import org.interdict.Extractor;

/**
 * One extractor per JVM (per executor, or the driver in local mode), built on first use and then shared
 * by all the tasks that JVM runs: the extractor is thread-safe, costly to build and not serialisable, so
 * tasks carry only its {@link ExtractorSettings} and look the extractor up here.
 *
 * <p>This is deliberately JVM-wide state, the one place in the module that has any: a Spark executor
 * runs many tasks of one job, and building the extractor per task would cost seconds each. A job with
 * other settings (rare: one application runs one job) replaces the held extractor.
 */
final class ExtractorHolder {

    private static final Object LOCK = new Object();
    private static ExtractorSettings heldSettings;
    private static Extractor held;

    private ExtractorHolder() {
    }

    /** The JVM's extractor for these settings, built now if this JVM holds none for them yet. */
    static Extractor get(ExtractorSettings settings) {
        synchronized (LOCK) {
            if (held == null || !settings.equals(heldSettings)) {
                held = settings.build();
                heldSettings = settings;
            }
            return held;
        }
    }
}
