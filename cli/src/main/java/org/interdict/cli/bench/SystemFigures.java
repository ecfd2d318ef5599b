package org.interdict.cli.bench;

import java.util.Objects;

/**
 * What one system did on one input in one run. Times in nanoseconds, memory in bytes; -1 when not
 * measured.
 *
 * @param system         the system's name
 * @param input          what it ran on
 * @param documents      documents in the timed pass
 * @param tokens         their tokens, counted by the benchmark's {@link TokenCounter}
 * @param chars          their characters (UTF-16)
 * @param startupNanos   from the first builder or constructor call until the system is ready
 * @param firstResultNanos from the same start until the result of the first document (start-up included)
 * @param coldPassNanos  the first pass over the input, while the JIT warms up (-1 when there was none)
 * @param runNanos       the timed pass over every document
 * @param runCpuNanos    the CPU time of the timed pass in the thread that ran it (-1 when not measured)
 * @param retainedBytes  heap held once ready, after garbage collection, minus the heap held before start-up
 * @param peakUsedBytes  the highest sampled used heap over the whole phase, garbage included
 * @param peakAfterGcBytes the highest used heap right after a collection over the whole phase
 * @param output         what the system produced, as a short phrase (a sanity check that it did the work)
 */
public record SystemFigures(String system, String input, int documents, long tokens, long chars, long startupNanos,
        long firstResultNanos, long coldPassNanos, long runNanos, long runCpuNanos, long retainedBytes, long peakUsedBytes,
        long peakAfterGcBytes, String output) {

    public SystemFigures {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(input, "input");
        if (documents < 0 || tokens < 0 || chars < 0) {
            throw new IllegalArgumentException(system + ": negative size: " + documents + " documents, " + tokens
                    + " tokens, " + chars + " chars");
        }
    }

    public double tokensPerSecond() {
        return runNanos <= 0 ? Double.NaN : tokens / (runNanos / 1e9);
    }

    /** Tokens per second of CPU time, or NaN when not measured. */
    public double cpuTokensPerSecond() {
        return runCpuNanos <= 0 ? Double.NaN : tokens / (runCpuNanos / 1e9);
    }

    public double documentsPerSecond() {
        return runNanos <= 0 ? Double.NaN : documents / (runNanos / 1e9);
    }

    /** Tokens per second of the cold pass, or NaN when there was none. */
    public double coldTokensPerSecond() {
        return coldPassNanos <= 0 ? Double.NaN : tokens / (coldPassNanos / 1e9);
    }
}
