package org.interdict.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.interdict.Document;
import org.interdict.Feature;
import org.interdict.corpus.BundledCorpus;

/**
 * Runs the whole benchmark on a list of documents and returns its {@link BenchReport}: Interdict (start-up,
 * first result, warm-up, timed passes), optionally where its time goes, the scaling check and the CoreNLP
 * pipeline on the same documents or an evenly spread sample of them. Everything runs in this JVM, one thing
 * at a time.
 */
public final class Benchmark {

    /**
     * What to run.
     *
     * @param warmup            Interdict's untimed passes over the input per configuration
     * @param repeat            Interdict's timed passes per configuration, taken in turn; figures are the median
     * @param stages            also time DATES off and CANDIDATE_SENTENCES off and replay the gazetteer matcher
     * @param baseline          run the CoreNLP pipeline
     * @param baselineLimit     run it on this many documents spread evenly over the input (null: all)
     * @param baselineWarmup    untimed documents the CoreNLP pipeline processes before its timed pass
     * @param scaling           run the scaling check
     * @param scalingMaxChars   its largest size
     * @param scalingMaxSeconds stop it after a size that takes longer than this
     * @param disabled          features Interdict runs without (its other configurations switch one more off)
     */
    public record Settings(int warmup, int repeat, boolean stages, boolean baseline, Integer baselineLimit,
            int baselineWarmup, boolean scaling, int scalingMaxChars, double scalingMaxSeconds, Set<Feature> disabled) {

        public Settings {
            disabled = Set.copyOf(disabled);
            if (warmup < 0 || repeat < 1 || baselineWarmup < 0 || (baselineLimit != null && baselineLimit < 1)
                    || scalingMaxChars < 1024 || scalingMaxSeconds <= 0) {
                throw new IllegalArgumentException("bad bench settings: warm-up " + warmup + " and baseline warm-up "
                        + baselineWarmup + " (0 or more), repeat "
                        + repeat + " (1 or more), baseline limit " + baselineLimit + " (1 or more), scaling up to "
                        + scalingMaxChars + " chars (1024 or more) and " + scalingMaxSeconds + " s (positive)");
            }
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;

    public Benchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs everything on the documents, described for the report as {@code description}. */
    public BenchReport run(String description, List<Document> documents) throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents in " + description);
        }
        BenchReport.Machine machine = BenchReport.Machine.current();
        Document first = documents.get(0);

        // start-up and the first result come before anything else in this JVM touches CoreNLP's tokenizer
        progress.accept("building Interdict");
        long heapBefore = HeapMonitor.settledUsedBytes();
        HeapMonitor startupHeap = HeapMonitor.start(10);
        InterdictBench main = InterdictBench.start(label(settings.disabled()), settings.disabled(), first, true);
        startupHeap.close();
        long retained = HeapMonitor.settledUsedBytes() - heapBefore;

        TokenCounter counter = new TokenCounter();
        progress.accept("counting the tokens of " + documents.size() + " documents");
        BenchInput all = BenchInput.of(description, documents, counter);

        // the heap is watched over start-up, the warm-up passes and the first timed pass, before any other
        // configuration is built
        progress.accept("Interdict: " + settings.warmup() + " warm-up pass(es), timed round 1 of " + settings.repeat());
        HeapMonitor passHeap = HeapMonitor.start(10);
        main.warmup(all.documents(), settings.warmup());
        main.timedPass(all.documents());
        passHeap.close();

        List<InterdictBench> variants = new ArrayList<>();
        if (settings.stages()) {
            for (Feature feature : List.of(Feature.DATES, Feature.CANDIDATE_SENTENCES, Feature.PREFILTER)) {
                progress.accept("Interdict with " + feature + " off: building, " + settings.warmup()
                        + " warm-up pass(es)");
                Set<Feature> off = new java.util.HashSet<>(settings.disabled());
                off.add(feature);
                InterdictBench variant = InterdictBench.start("Interdict, " + feature + " off", off, first, false);
                variant.warmup(all.documents(), settings.warmup());
                variants.add(variant);
            }
        }
        long[] replays = new long[settings.stages() ? settings.repeat() : 0];
        long[] replaysCpu = new long[replays.length];
        for (int round = 0; round < settings.repeat(); round++) {
            progress.accept("timed round " + (round + 1) + " of " + settings.repeat());
            if (round > 0) {
                main.timedPass(all.documents());
            }
            for (InterdictBench variant : variants) {
                variant.timedPass(all.documents());
            }
            if (settings.stages()) {
                long[] replay = InterdictBench.replayGazetteerMatcher(main.extractor().gazetteer(), all.documents());
                replays[round] = replay[0];
                replaysCpu[round] = replay[1];
            }
        }
        SystemFigures interdict = main.figures(main.label(), all, null, retained,
                Math.max(startupHeap.peakUsedBytes(), passHeap.peakUsedBytes()),
                Math.max(startupHeap.peakAfterGcBytes(), passHeap.peakAfterGcBytes()));
        StageFigures stages = settings.stages()
                ? new StageFigures(main.medianNanos(null), main.medianTextAnalysisNanos(), InterdictBench.median(replays),
                        variants.get(0).medianNanos(null), variants.get(1).medianNanos(null),
                        variants.get(2).medianNanos(null))
                : new StageFigures(main.medianNanos(null), main.medianTextAnalysisNanos(), -1, -1, -1, -1);
        StageFigures stagesCpu = settings.stages()
                ? new StageFigures(main.medianCpuNanos(null), main.medianTextAnalysisCpuNanos(),
                        InterdictBench.median(replaysCpu), variants.get(0).medianCpuNanos(null),
                        variants.get(1).medianCpuNanos(null), variants.get(2).medianCpuNanos(null))
                : new StageFigures(main.medianCpuNanos(null), main.medianTextAnalysisCpuNanos(), -1, -1, -1, -1);
        org.interdict.StageTimer.Snapshot stageTimes = main.medianStageTimes();
        variants.clear();

        ScalingCheck.Result scaling = null;
        if (settings.scaling()) {
            Document report = BundledCorpus.documents().stream()
                    .max(Comparator.comparingInt(d -> d.text().length())).orElseThrow();
            scaling = ScalingCheck.run(main.extractor(), main.stageTimer(), report, settings.scalingMaxChars(),
                    settings.scalingMaxSeconds(), counter, progress);
        }

        SystemFigures interdictSample = null;
        CoreNlpPipelineBench.Result baseline = null;
        if (settings.baseline()) {
            BenchInput sample = all;
            Integer limit = settings.baselineLimit();
            if (limit != null && limit < all.size()) {
                int[] indices = BenchInput.spreadIndices(all.size(), limit);
                sample = all.select("a sample of " + indices.length + " of the " + all.size() + " documents, spread"
                        + " evenly (about every " + all.size() / indices.length + "th, the first included)", indices);
                interdictSample = main.figures("Interdict, same sample", sample, indices, -1, -1, -1);
            }
            Map<String, String> phrases = CoreNlpPipelineBench.phrases(main.extractor().gazetteer());
            main = null; // let the extractor go before CoreNLP's models load
            baseline = CoreNlpPipelineBench.run("CoreNLP pipeline", sample, phrases, settings.baselineWarmup(),
                    progress);
        }
        return new BenchReport(machine, description + ": " + all.size() + " documents, " + all.totalTokens()
                + " tokens, " + all.totalChars() + " chars", counter.tokenizer(), settings,
                interdict, interdictSample, baseline, stages, CpuClock.supported() ? stagesCpu : null, stageTimes,
                scaling);
    }

    private static String label(Set<Feature> disabled) {
        return disabled.isEmpty() ? "Interdict" : "Interdict, " + disabled.stream().map(Feature::name).sorted()
                .collect(java.util.stream.Collectors.joining(", ")) + " off";
    }
}
