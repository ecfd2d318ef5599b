package org.interdict.cli.bench;

import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.interdict.text.AnalyzedText;
import org.interdict.text.TextAnalyzer;

/**
 * A text analyzer that adds up the time spent in another one. Given to {@code Extractor.Builder.textAnalyzer},
 * it times the text-analysis stage exactly without touching the extractor. Thread-safe.
 */
public final class TimedTextAnalyzer implements TextAnalyzer {

    private final TextAnalyzer delegate;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder cpuNanos = new LongAdder();

    public TimedTextAnalyzer(TextAnalyzer delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public AnalyzedText analyze(String text) {
        long start = System.nanoTime();
        long cpuStart = CpuClock.now();
        try {
            return delegate.analyze(text);
        } finally {
            cpuNanos.add(CpuClock.now() - cpuStart);
            nanos.add(System.nanoTime() - start);
        }
    }

    @Override
    public String name() {
        return delegate.name();
    }

    /** The wall time spent since the last reset. */
    public long nanos() {
        return nanos.sum();
    }

    /** The CPU time of the calling threads since the last reset, or -1 when the JVM does not measure it. */
    public long cpuNanos() {
        return CpuClock.orUnknown(cpuNanos.sum());
    }

    public void reset() {
        nanos.reset();
        cpuNanos.reset();
    }
}
