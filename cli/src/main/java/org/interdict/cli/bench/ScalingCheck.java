package org.interdict.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.interdict.Document;
import org.interdict.Extractor;

/**
 * Checks that extraction time grows linearly with document length: one synthetic document made by
 * repeating a report, doubling in size, timed at each size. A linear extractor takes about twice as long
 * at each doubling; a ratio well above two shows super-linear work somewhere.
 */
public final class ScalingCheck {

    /** The ratio per doubling the extractor should stay under. */
    public static final double TARGET_RATIO = 2.2;

    /**
     * Each size runs at least {@value #MIN_REPETITIONS} times and for at least two seconds, and keeps its
     * fastest run; a size whose run takes longer than ten seconds runs once.
     */
    private static final long MIN_TOTAL_NANOS = 2_000_000_000L;
    private static final int MIN_REPETITIONS = 3;
    private static final long SINGLE_RUN_NANOS = 10_000_000_000L;
    private static final int MAX_REPETITIONS = 1000;

    /**
     * One size.
     *
     * @param chars       the document's length in UTF-16 chars
     * @param tokens      its tokens, from the benchmark's {@link TokenCounter}
     * @param nanos       the fastest of the repetitions, wall time
     * @param cpuNanos    the fastest of the repetitions, CPU time of the extracting thread (-1 when not measured)
     * @param repetitions how many times it ran
     * @param stages      the extractor's own wall time per stage, mean of the repetitions (null when not timed)
     */
    public record Point(int chars, int tokens, long nanos, long cpuNanos, int repetitions,
            java.util.Map<org.interdict.Stage, Long> stages) {

        public Point {
            stages = stages == null ? null : java.util.Map.copyOf(stages);
        }

        public Point(int chars, int tokens, long nanos, long cpuNanos, int repetitions) {
            this(chars, tokens, nanos, cpuNanos, repetitions, null);
        }

        public double tokensPerSecond() {
            return nanos <= 0 ? Double.NaN : tokens / (nanos / 1e9);
        }
    }

    /**
     * The check's outcome.
     *
     * @param reportId the repeated report
     * @param points   the sizes measured, smallest first
     * @param stopped  why it stopped before the largest size, or null
     */
    public record Result(String reportId, List<Point> points, String stopped) {

        public Result {
            Objects.requireNonNull(reportId, "reportId");
            points = List.copyOf(points);
        }

        /** The wall time of each size over that of the size before (NaN for the first). */
        public double[] ratios() {
            return doublingRatios(points.stream().mapToLong(Point::nanos).toArray());
        }

        /** The same for CPU time. */
        public double[] cpuRatios() {
            return doublingRatios(points.stream().mapToLong(Point::cpuNanos).toArray());
        }

        /** The largest wall-time ratio, or NaN with fewer than two sizes. */
        public double worstRatio() {
            return worst(ratios());
        }

        /** The largest CPU-time ratio, or NaN. */
        public double worstCpuRatio() {
            return worst(cpuRatios());
        }

        private static double worst(double[] ratios) {
            double worst = Double.NaN;
            for (double ratio : ratios) {
                if (!Double.isNaN(ratio) && (Double.isNaN(worst) || ratio > worst)) {
                    worst = ratio;
                }
            }
            return worst;
        }
    }

    private ScalingCheck() {
    }

    /** The sizes from {@code from}, doubling, up to {@code to} inclusive. */
    public static List<Integer> sizes(int from, int to) {
        if (from <= 0 || to < from) {
            throw new IllegalArgumentException("bad size range " + from + ".." + to);
        }
        List<Integer> sizes = new ArrayList<>();
        for (long size = from; size <= to; size *= 2) {
            sizes.add((int) size);
        }
        return sizes;
    }

    /** {@code times[i] / times[i - 1]}, NaN at index 0 and where a time is unknown (negative) or zero. */
    public static double[] doublingRatios(long[] times) {
        double[] ratios = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            ratios[i] = i == 0 || times[i - 1] <= 0 || times[i] < 0 ? Double.NaN : (double) times[i] / times[i - 1];
        }
        return ratios;
    }

    /**
     * The text repeated, one blank line between copies, cut to at most {@code chars} chars at a whitespace so
     * that no word is split (exactly {@code chars} when no whitespace comes early enough).
     */
    public static String synthetic(String text, int chars) {
        String unit = text.strip();
        if (unit.isEmpty() || chars <= 0) {
            throw new IllegalArgumentException("need a non-blank text and a positive size, got " + chars + " chars");
        }
        StringBuilder out = new StringBuilder(chars + unit.length() + 2);
        while (out.length() < chars) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(unit);
        }
        int cut = chars;
        if (cut < out.length() && !Character.isWhitespace(out.charAt(cut))) {
            int space = cut;
            while (space > 0 && !Character.isWhitespace(out.charAt(space - 1))) {
                space--;
            }
            if (space > chars / 2) {
                cut = space;
            }
        }
        return out.substring(0, cut).stripTrailing();
    }

    /**
     * Times the extractor on the report repeated to each size from 1 KiB up to {@code maxChars}; stops early
     * once one size takes longer than {@code maxSecondsPerSize}. With {@code stageTimer} (the one the extractor
     * was built with, or null) each size also gets the extractor's time per stage, to show which stage grows.
     */
    public static Result run(Extractor extractor, org.interdict.StageTimer stageTimer, Document report, int maxChars,
            double maxSecondsPerSize, TokenCounter counter, Consumer<String> progress) {
        Document small = new Document(report.id() + "-x1k", synthetic(report.text(), 1024), report.published(), null);
        for (int i = 0; i < 20; i++) {
            extractor.extract(small);
        }
        List<Point> points = new ArrayList<>();
        String stopped = null;
        for (int size : sizes(1024, maxChars)) {
            Document document = new Document(report.id() + "-x" + size, synthetic(report.text(), size),
                    report.published(), null);
            int tokens = counter.count(document.text());
            progress.accept("scaling: " + size + " chars, " + tokens + " tokens");
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            long total = 0;
            int repetitions = 0;
            if (stageTimer != null) {
                stageTimer.reset();
            }
            do {
                long start = System.nanoTime();
                long cpuStart = CpuClock.now();
                extractor.extract(document);
                bestCpu = Math.min(bestCpu, CpuClock.now() - cpuStart);
                long took = System.nanoTime() - start;
                best = Math.min(best, took);
                total += took;
                repetitions++;
            } while (best < SINGLE_RUN_NANOS && (total < MIN_TOTAL_NANOS || repetitions < MIN_REPETITIONS)
                    && repetitions < MAX_REPETITIONS);
            java.util.Map<org.interdict.Stage, Long> stages = null;
            if (stageTimer != null) {
                org.interdict.StageTimer.Snapshot snapshot = stageTimer.snapshot();
                stages = new java.util.EnumMap<>(org.interdict.Stage.class);
                for (org.interdict.Stage stage : org.interdict.Stage.values()) {
                    stages.put(stage, snapshot.nanos(stage) / repetitions);
                }
            }
            points.add(new Point(document.text().length(), tokens, best, CpuClock.orUnknown(bestCpu), repetitions,
                    stages));
            if (best / 1e9 > maxSecondsPerSize && size < maxChars) {
                stopped = String.format(java.util.Locale.ROOT,
                        "stopped after %d chars: it took %.1f s, over the limit of %.0f s per size", size, best / 1e9,
                        maxSecondsPerSize);
                break;
            }
        }
        return new Result(report.id(), points, stopped);
    }
}
