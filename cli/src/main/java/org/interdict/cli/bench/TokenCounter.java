package org.interdict.cli.bench;

import java.util.Objects;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.TextAnalyzer;

/**
 * Counts tokens with one tokenizer, by default CoreNLP's as Interdict configures it, so that the
 * tokens/s of every system in a benchmark are divided by the same count. Thread-safe.
 */
public final class TokenCounter {

    private final TextAnalyzer analyzer;

    /** Counts with CoreNLP's PTB tokenizer (Interdict's default text backend). */
    public TokenCounter() {
        this(new CoreNlpTextAnalyzer());
    }

    public TokenCounter(TextAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    public int count(String text) {
        return analyzer.analyze(text).tokens().size();
    }

    /** The name of the tokenizer, for the report. */
    public String tokenizer() {
        return analyzer.name();
    }
}
