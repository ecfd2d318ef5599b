package org.interdict.corpus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Measures how the cost of a stage grows when its input doubles: the one kind of timing assertion the
 * tests allow, because it compares measurements taken side by side on the same machine. Cost is the
 * current thread's CPU time (other builds on a shared machine do not count), the best of several repeats
 * (a pause or a cold cache only ever adds time). The starting size doubles until one run costs at least
 * {@value #MIN_NANOS} ns, so that timer resolution and noise stay small beside the measurement; then the
 * cost is taken at that size, twice it and four times it.
 */
final class Growth {

    /** The bound of the issue: at most about 2.5 times the cost per doubling (linear is 2, quadratic 4). */
    static final double MAX_RATIO = 2.5;
    private static final long MIN_NANOS = 20_000_000L;
    private static final int REPEATS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What one measurement found: the sizes, the costs and the ratio per doubling. */
    record Result(String stage, String input, int size, long[] nanos) {

        /** The geometric mean of the two ratios: the cost factor per doubling of the input. */
        double perDoubling() {
            return Math.sqrt((double) nanos[2] / nanos[0]);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "growth %-28s %-34s n=%,9d  %7.1f %7.1f %7.1f ms  x%.2f x%.2f  per doubling x%.2f",
                    stage, input, size, nanos[0] / 1e6, nanos[1] / 1e6, nanos[2] / 1e6,
                    (double) nanos[1] / nanos[0], (double) nanos[2] / nanos[1], perDoubling());
        }
    }

    private Growth() {
    }

    /**
     * Measures a stage on inputs of growing size.
     *
     * @param prepare builds the stage's input of a size (not timed)
     * @param work    runs the stage on a prepared input (timed)
     * @param start   the first size to try
     * @param max     the largest starting size; the measurement then goes up to four times it
     */
    static <T> Result measure(String stage, String input, IntFunction<T> prepare, Consumer<T> work, int start, int max) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        int size = start;
        T warm = prepare.apply(size);
        for (int i = 0; i < 3; i++) {
            work.accept(warm);  // the JIT compiles the stage before anything counts
        }
        while (size < max && best(work, prepare.apply(size), 2) < MIN_NANOS) {
            size *= 2;
        }
        List<T> inputs = List.of(prepare.apply(size), prepare.apply(2 * size), prepare.apply(4 * size));
        long[] nanos = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        // rounds over the three sizes rather than all repeats of one size, so that a slow spell of the
        // machine or a late JIT compilation does not fall on one size only
        for (int round = 0; round < REPEATS; round++) {
            for (int k = 0; k < 3; k++) {
                nanos[k] = Math.min(nanos[k], best(work, inputs.get(k), 1));
            }
        }
        Result result = new Result(stage, input, size, nanos);
        System.out.println(result);
        return result;
    }

    /**
     * Measures and fails when the cost grows by more than {@link #MAX_RATIO} per doubling in two
     * measurements in a row: a stage that is really superlinear (x4 when quadratic) fails both, while a
     * cheap stage measured in a few milliseconds on a busy machine may cross the bound once by chance.
     */
    static <T> Result check(String stage, String input, IntFunction<T> prepare, Consumer<T> work, int start, int max) {
        Result result = measure(stage, input, prepare, work, start, max);
        if (result.perDoubling() > MAX_RATIO) {
            result = measure(stage, input + " (measured again)", prepare, work, start, max);
        }
        if (result.perDoubling() > MAX_RATIO) {
            throw new AssertionError(stage + " on " + input + " costs x" + String.format(Locale.ROOT, "%.2f",
                    result.perDoubling()) + " per doubling of the input (bound x" + MAX_RATIO + "): " + result);
        }
        return result;
    }

    private static <T> long best(Consumer<T> work, T input, int repeats) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            long before = THREADS.getCurrentThreadCpuTime();
            work.accept(input);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - before);
        }
        return best;
    }

    /** {@code unit} repeated until the text is {@code length} characters long. */
    static String repeat(String unit, int length) {
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        out.setLength(length);
        return out.toString();
    }
}
