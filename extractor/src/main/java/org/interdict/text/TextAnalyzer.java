package org.interdict.text;

/**
 * Splits a text into tokens and sentences, keeping exact character offsets. Implementations are
 * immutable after construction and safe to share between threads.
 */
public interface TextAnalyzer {

    AnalyzedText analyze(String text);

    /** A short name for logs and benchmark output. */
    String name();
}
