package org.interdict.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.interdict.Document;
import org.interdict.ExtractionException;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.Feature;
import org.interdict.Stage;
import org.interdict.StageTimer;
import org.interdict.gazetteer.GazetteerMatcher;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.TextAnalyzer;

/**
 * One Interdict configuration under test, timed through the public API only: start-up (builder to ready)
 * and the first result when it is built, then warm-up passes and timed passes over the input, each pass
 * keeping the time of every document. The text-analysis stage is timed exactly by handing the builder a
 * {@link TimedTextAnalyzer}. Several configurations can take timed passes in turn (round robin), so that
 * they share the JIT's state and the machine's load; their figures are then the median pass. Not
 * thread-safe.
 */
public final class InterdictBench {

    private final String label;
    private final Extractor extractor;
    private final TimedTextAnalyzer analyzer;
    private final long startupNanos;
    private final long firstResultNanos;
    private final List<long[]> passes = new ArrayList<>();
    private final List<long[]> cpuPasses = new ArrayList<>();
    private final List<Long> textAnalysisPerPass = new ArrayList<>();
    private final List<Long> textAnalysisCpuPerPass = new ArrayList<>();
    private final StageTimer stageTimer;
    private final List<StageTimer.Snapshot> stagesPerPass = new ArrayList<>();
    private long coldPassNanos = -1;
    private long entities;
    private long events;
    private int failed;
    private int skipped;

    private InterdictBench(String label, Extractor extractor, TimedTextAnalyzer analyzer, StageTimer stageTimer,
            long startupNanos, long firstResultNanos) {
        this.label = label;
        this.stageTimer = stageTimer;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.startupNanos = startupNanos;
        this.firstResultNanos = firstResultNanos;
    }

    /**
     * Builds an extractor with every feature at its default except {@code disabled}, timing the build, and
     * extracts {@code first}, timing the first result. With {@code stageTimes}, the extractor also times its
     * stages (a {@link StageTimer}), read after each timed pass.
     */
    public static InterdictBench start(String label, Set<Feature> disabled, Document first, boolean stageTimes) {
        long start = System.nanoTime();
        TimedTextAnalyzer analyzer = new TimedTextAnalyzer(new CoreNlpTextAnalyzer());
        StageTimer timer = stageTimes ? new StageTimer() : null;
        Extractor.Builder builder = Extractor.builder().textAnalyzer(analyzer).stageTimer(timer);
        disabled.forEach(builder::disable);
        Extractor extractor = builder.build();
        long ready = System.nanoTime();
        extractor.extract(first);
        long firstResult = System.nanoTime();
        return new InterdictBench(label, extractor, analyzer, timer, ready - start, firstResult - start);
    }

    public String label() {
        return label;
    }

    public Extractor extractor() {
        return extractor;
    }

    /** The stage timer the extractor was built with, or null. */
    public StageTimer stageTimer() {
        return stageTimer;
    }

    /** Untimed passes; the time of the very first one is kept as the cold pass. */
    public void warmup(List<Document> documents, int passCount) {
        for (int pass = 0; pass < passCount; pass++) {
            long start = System.nanoTime();
            pass(documents, null, null);
            if (coldPassNanos < 0) {
                coldPassNanos = System.nanoTime() - start;
            }
        }
    }

    /** One timed pass, keeping the wall and CPU time of each document and of text analysis. */
    public void timedPass(List<Document> documents) {
        long[] nanos = new long[documents.size()];
        long[] cpuNanos = new long[documents.size()];
        analyzer.reset();
        if (stageTimer != null) {
            stageTimer.reset();
        }
        entities = 0;
        events = 0;
        failed = 0;
        skipped = 0;
        pass(documents, nanos, cpuNanos);
        if (stageTimer != null) {
            stagesPerPass.add(stageTimer.snapshot());
        }
        passes.add(nanos);
        cpuPasses.add(cpuNanos);
        textAnalysisPerPass.add(analyzer.nanos());
        textAnalysisCpuPerPass.add(analyzer.cpuNanos());
    }

    private void pass(List<Document> documents, long[] nanos, long[] cpuNanos) {
        for (int i = 0; i < documents.size(); i++) {
            long start = System.nanoTime();
            long cpuStart = CpuClock.now();
            try {
                ExtractionResult result = extractor.extract(documents.get(i));
                entities += result.entities().size();
                events += result.events().size();
                if (result.skipped() != null) {
                    skipped++;
                }
            } catch (ExtractionException e) {
                failed++;
            }
            if (nanos != null) {
                cpuNanos[i] = CpuClock.now() - cpuStart;
                nanos[i] = System.nanoTime() - start;
            }
        }
    }

    public int timedPasses() {
        return passes.size();
    }

    /** The median over the timed passes of the wall time spent on the documents at these indices (all when null). */
    public long medianNanos(int[] indices) {
        return medianOfSums(passes, indices);
    }

    /** The same for CPU time, or -1 when the JVM does not measure it. */
    public long medianCpuNanos(int[] indices) {
        return CpuClock.orUnknown(medianOfSums(cpuPasses, indices));
    }

    private static long medianOfSums(List<long[]> perPass, int[] indices) {
        long[] sums = new long[perPass.size()];
        for (int p = 0; p < sums.length; p++) {
            long[] nanos = perPass.get(p);
            if (indices == null) {
                sums[p] = Arrays.stream(nanos).sum();
            } else {
                for (int i : indices) {
                    sums[p] += nanos[i];
                }
            }
        }
        return median(sums);
    }

    /** The median over the timed passes of the text-analysis time. */
    public long medianTextAnalysisNanos() {
        return median(textAnalysisPerPass.stream().mapToLong(Long::longValue).toArray());
    }

    /** The median over the timed passes of the text-analysis CPU time, or -1 when not measured. */
    public long medianTextAnalysisCpuNanos() {
        return median(textAnalysisCpuPerPass.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * The extractor's own stage times: per stage, the median over the timed passes; the document counts of the
     * last pass. Null when the extractor was built without a stage timer or made no timed pass.
     */
    public StageTimer.Snapshot medianStageTimes() {
        if (stagesPerPass.isEmpty()) {
            return null;
        }
        java.util.EnumMap<Stage, Long> medians = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            medians.put(stage, median(stagesPerPass.stream().mapToLong(s -> s.nanos(stage)).toArray()));
        }
        StageTimer.Snapshot last = stagesPerPass.get(stagesPerPass.size() - 1);
        return new StageTimer.Snapshot(medians, last.documents(), last.skippedDocuments());
    }

    /** What the last timed pass produced. */
    public String output() {
        return entities + " entities, " + events + " events" + (skipped > 0 ? ", " + skipped + " documents skipped" : "")
                + (failed > 0 ? ", " + failed + " documents failed" : "");
    }

    /**
     * The figures of this configuration on {@code input}, the whole input it ran on or a subset of it given by
     * {@code indices} (start-up, first result and cold pass are then left out).
     */
    public SystemFigures figures(String system, BenchInput input, int[] indices, long retainedBytes,
            long peakUsedBytes, long peakAfterGcBytes) {
        boolean whole = indices == null;
        return new SystemFigures(system, input.description(), input.size(), input.totalTokens(), input.totalChars(),
                whole ? startupNanos : -1, whole ? firstResultNanos : -1, whole ? coldPassNanos : -1,
                medianNanos(indices), medianCpuNanos(indices), retainedBytes, peakUsedBytes, peakAfterGcBytes,
                whole ? output() : "(the same timed passes)");
    }

    /** The median of the values, the lower of the two middle ones for an even count; -1 when empty. */
    public static long median(long[] values) {
        if (values.length == 0) {
            return -1;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /**
     * Replays the gazetteer matcher (normalised pieces and trie matching; not the vessel cues, which have no
     * public entry point) on the same tokens, outside the extractor, and returns its time: an estimate of that
     * stage's share that needs no change to the extractor. Run it after warm-up, when the JIT has compiled the
     * matcher.
     *
     * @return {wall nanos, CPU nanos (-1 when not measured)}
     */
    public static long[] replayGazetteerMatcher(Gazetteer gazetteer, List<Document> documents) {
        TextAnalyzer analyzer = new CoreNlpTextAnalyzer();
        GazetteerMatcher matcher = new GazetteerMatcher(gazetteer, analyzer);
        long total = 0;
        long cpu = 0;
        long found = 0;
        for (Document document : documents) {
            AnalyzedText analyzed = analyzer.analyze(document.text());
            long start = System.nanoTime();
            long cpuStart = CpuClock.now();
            List<Entity> mentions = matcher.match(analyzed);
            cpu += CpuClock.now() - cpuStart;
            total += System.nanoTime() - start;
            found += mentions.size();
        }
        // using found keeps the matching from being optimised away
        return new long[] {found >= 0 ? total : -1, CpuClock.orUnknown(cpu)};
    }
}
