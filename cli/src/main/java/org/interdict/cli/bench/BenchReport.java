package org.interdict.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of one benchmark run and their two renderings: plain-text tables and JSON.
 *
 * @param machine          where it ran
 * @param input            the whole input Interdict ran on
 * @param tokenizer        the tokenizer that counted the tokens of both systems
 * @param settings         what was run (warm-up passes, timed passes, baseline warm-up…)
 * @param interdict        Interdict on the whole input
 * @param interdictSample  Interdict's timed pass restricted to the baseline's sample (same run), or null when
 *                         the baseline ran on the whole input or not at all
 * @param baselineRun      the CoreNLP pipeline, with the split of its time, or null when skipped
 * @param stages           where Interdict's time goes, wall time
 * @param stagesCpu        the same in CPU time, or null when the JVM does not measure it
 * @param stageTimes       the extractor's own time per stage (its {@link org.interdict.StageTimer}), median pass,
 *                         with the documents the pre-filter skipped
 * @param scaling          the scaling check, or null when not asked for
 */
public record BenchReport(Machine machine, String input, String tokenizer, Benchmark.Settings settings,
        SystemFigures interdict,
        SystemFigures interdictSample, CoreNlpPipelineBench.Result baselineRun, StageFigures stages,
        StageFigures stagesCpu, org.interdict.StageTimer.Snapshot stageTimes, ScalingCheck.Result scaling) {

    public BenchReport {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(interdict, "interdict");
        Objects.requireNonNull(stages, "stages");
    }

    /**
     * The machine, as the JVM sees it.
     *
     * @param processors      available processors
     * @param java            the Java runtime version and VM
     * @param os              the operating system and architecture
     * @param maxHeapBytes    the JVM's maximum heap
     * @param totalMemoryBytes physical memory (-1 when unknown)
     * @param freeMemoryBytes  free physical memory at the start (-1 when unknown)
     */
    public record Machine(int processors, String java, String os, long maxHeapBytes, long totalMemoryBytes,
            long freeMemoryBytes) {

        public static Machine current() {
            long total = -1;
            long free = -1;
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                total = os.getTotalMemorySize();
                free = os.getFreeMemorySize();
            }
            return new Machine(Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")",
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    Runtime.getRuntime().maxMemory(), total, free);
        }
    }

    /** The CoreNLP pipeline's figures, or null when skipped. */
    public SystemFigures baseline() {
        return baselineRun == null ? null : baselineRun.figures();
    }

    /** Interdict tokens/s over CoreNLP tokens/s, both on the baseline's documents; NaN without a baseline. */
    public double ratio() {
        if (baselineRun == null) {
            return Double.NaN;
        }
        SystemFigures same = interdictSample != null ? interdictSample : interdict;
        return same.tokensPerSecond() / baseline().tokensPerSecond();
    }

    /** The same ratio in tokens per second of CPU time. */
    public double cpuRatio() {
        if (baselineRun == null) {
            return Double.NaN;
        }
        SystemFigures same = interdictSample != null ? interdictSample : interdict;
        return same.cpuTokensPerSecond() / baseline().cpuTokensPerSecond();
    }

    /** The plain-text report. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "machine: %d processors, Java %s, %s, max heap %s, memory %s free of %s%n",
                machine.processors(), machine.java(), machine.os(), TextTable.megabytes(machine.maxHeapBytes()),
                TextTable.megabytes(machine.freeMemoryBytes()), TextTable.megabytes(machine.totalMemoryBytes())));
        out.append("input: ").append(input).append('\n');
        out.append("tokens: counted once with the ").append(tokenizer)
                .append(" tokenizer (Interdict's), the same count for both systems\n");
        out.append("Interdict: ").append(settings.warmup()).append(" warm-up pass(es) over the input, then ")
                .append(settings.repeat())
                .append(" timed pass(es); times are the median pass\n");
        if (baseline() != null) {
            out.append("CoreNLP pipeline: new StanfordCoreNLP(").append(CoreNlpPipelineBench.ANNOTATORS)
                    .append(") with RegexNER over the same gazetteer phrases, then the same TokensRegex rules on every"
                            + " sentence; ").append(settings.baselineWarmup()).append(" untimed warm-up documents, then"
                            + " one timed pass over ").append(baseline().input()).append('\n');
        }
        out.append('\n');

        List<SystemFigures> columns = new ArrayList<>();
        columns.add(interdict);
        if (interdictSample != null) {
            columns.add(interdictSample);
        }
        if (baseline() != null) {
            columns.add(baseline());
        }
        String[] header = new String[columns.size() + 1];
        header[0] = "";
        for (int c = 0; c < columns.size(); c++) {
            header[c + 1] = columns.get(c).system();
        }
        TextTable table = new TextTable(header);
        addRow(table, columns, "documents", f -> TextTable.count(f.documents()));
        addRow(table, columns, "tokens", f -> TextTable.count(f.tokens()));
        addRow(table, columns, "characters", f -> TextTable.count(f.chars()));
        addRow(table, columns, "start-up (builder to ready)", f -> TextTable.seconds(f.startupNanos()));
        addRow(table, columns, "time to first result", f -> TextTable.seconds(f.firstResultNanos()));
        if (settings.warmup() > 0) {
            addRow(table, columns, "cold pass (1st warm-up)", f -> TextTable.seconds(f.coldPassNanos()));
            addRow(table, columns, "cold pass tokens/s", f -> TextTable.rate(f.coldTokensPerSecond()));
        }
        addRow(table, columns, "timed pass (median)", f -> TextTable.seconds(f.runNanos()));
        addRow(table, columns, "tokens/s", f -> TextTable.rate(f.tokensPerSecond()));
        addRow(table, columns, "documents/s", f -> TextTable.rate(f.documentsPerSecond()));
        addRow(table, columns, "timed pass, CPU time**", f -> TextTable.seconds(f.runCpuNanos()));
        addRow(table, columns, "tokens/s of CPU time**", f -> TextTable.rate(f.cpuTokensPerSecond()));
        addRow(table, columns, "heap retained once ready", f -> TextTable.megabytes(f.retainedBytes()));
        addRow(table, columns, "peak heap used (sampled)*", f -> TextTable.megabytes(f.peakUsedBytes()));
        addRow(table, columns, "peak heap after GC*", f -> TextTable.megabytes(f.peakAfterGcBytes()));
        addRow(table, columns, "output", f -> f.output() == null ? "-" : f.output());
        out.append(table);
        out.append("* Interdict: over start-up, warm-up and the first timed pass; CoreNLP pipeline: over start-up,"
                + " warm-up and its timed pass. Sampled every 10 ms (garbage included) / right after each collection.\n"
                + "** CPU time of the thread that ran the documents (median pass for Interdict): steadier than wall time"
                + " on a shared machine, but without the JVM's GC and JIT threads.\n");
        if (baseline() != null) {
            SystemFigures same = interdictSample != null ? interdictSample : interdict;
            out.append(String.format(Locale.ROOT, "%nratio, tokens/s Interdict / CoreNLP pipeline on the same %d documents:"
                    + " %s (%s / %s)%n", baseline().documents(), TextTable.ratio(ratio()),
                    TextTable.rate(same.tokensPerSecond()), TextTable.rate(baseline().tokensPerSecond())));
            out.append(String.format(Locale.ROOT, "ratio, tokens per CPU second, same documents: %s (%s / %s)%n",
                    TextTable.ratio(cpuRatio()), TextTable.rate(same.cpuTokensPerSecond()),
                    TextTable.rate(baseline().cpuTokensPerSecond())));
            if (interdictSample != null) {
                out.append(String.format(Locale.ROOT, "ratio, tokens/s Interdict on the whole input / CoreNLP pipeline"
                        + " on the sample: %s%n", TextTable.ratio(interdict.tokensPerSecond()
                                / baseline().tokensPerSecond())));
            }
            long pass = baseline().runNanos();
            out.append(String.format(Locale.ROOT, "CoreNLP pipeline's timed pass: annotators %s (%s), TokensRegex rules"
                    + " %s (%s)%n", TextTable.seconds(baselineRun.annotatorsNanos()),
                    share(baselineRun.annotatorsNanos(), pass), TextTable.seconds(baselineRun.rulesNanos()),
                    share(baselineRun.rulesNanos(), pass)));
        }
        out.append('\n').append(stagesText());
        if (stageTimes != null) {
            out.append('\n').append(stageTimesText());
        }
        if (scaling != null) {
            out.append('\n').append(scalingText());
        }
        return out.toString();
    }

    private interface Cell {
        String of(SystemFigures figures);
    }

    private static void addRow(TextTable table, List<SystemFigures> columns, String label, Cell cell) {
        String[] row = new String[columns.size() + 1];
        row[0] = label;
        for (int c = 0; c < columns.size(); c++) {
            row[c + 1] = cell.of(columns.get(c));
        }
        table.row(row);
    }

    private String stagesText() {
        TextTable table = new TextTable("Interdict, where the time goes", "wall", "share", "CPU", "share",
                "how measured");
        boolean replay = stages.gazetteerReplayNanos() >= 0;
        boolean ablation = stages.withoutDatesNanos() >= 0;
        stageRow(table, "text analysis (CoreNLP tokenizer, sentences)", StageFigures::textAnalysisNanos,
                "exact: a timed TextAnalyzer given to the builder");
        if (replay) {
            stageRow(table, "gazetteer trie matching", StageFigures::gazetteerReplayNanos,
                    "replayed outside the extractor on the same tokens");
        }
        if (ablation) {
            stageRow(table, "dates (SUTime)", StageFigures::datesNanos, "median pass minus median pass with DATES off");
        }
        stageRow(table, replay ? "candidates, rules, assembly (rest)"
                : "gazetteer, candidates, rules, dates, assembly (rest)", StageFigures::restNanos,
                "median pass minus the above");
        stageRow(table, "all features (median pass)", StageFigures::totalNanos, "");
        if (ablation) {
            stageRow(table, "with DATES off", StageFigures::withoutDatesNanos,
                    "own extractor, same warm-up, passes in turn");
            stageRow(table, "with CANDIDATE_SENTENCES off", StageFigures::withoutCandidateSentencesNanos,
                    "rules (and dates) on every sentence, not only candidates");
            if (stages.withoutPrefilterNanos() >= 0) {
                stageRow(table, "with PREFILTER off", StageFigures::withoutPrefilterNanos,
                        "every document analysed, none skipped");
            }
        }
        return table.toString();
    }

    private String stageTimesText() {
        long total = stageTimes.totalNanos();
        TextTable table = new TextTable("Interdict, time per stage inside the extractor", "wall", "share",
                "per document");
        for (org.interdict.Stage stage : org.interdict.Stage.values()) {
            long nanos = stageTimes.nanos(stage);
            table.row(stageName(stage), TextTable.seconds(nanos), share(nanos, total),
                    stageTimes.documents() == 0 ? "-" : String.format(Locale.ROOT, "%.3f ms",
                            nanos / 1e6 / stageTimes.documents()));
        }
        table.row("all stages", TextTable.seconds(total), share(total, total), stageTimes.documents() == 0 ? "-"
                : String.format(Locale.ROOT, "%.3f ms", total / 1e6 / stageTimes.documents()));
        return table + String.format(Locale.ROOT, "(the extractor's StageTimer, wall time, median of the timed passes"
                + " per stage; the main configuration's own timer, so no extra run)%n"
                + "documents skipped by the pre-filter: %d of %d (%.1f%%)%n", stageTimes.skippedDocuments(),
                stageTimes.documents(), 100 * stageTimes.skippedFraction());
    }

    private static String stageName(org.interdict.Stage stage) {
        return switch (stage) {
            case PREFILTER -> "pre-filter (automaton over the raw text)";
            case TEXT_ANALYSIS -> "tokenise and split sentences";
            case GAZETTEER -> "gazetteer match, vessel cues, weapon shapes";
            case RULES -> "candidate sentences and rules";
            case DATES -> "dates (SUTime)";
            case ASSEMBLY -> "event assembly (without dates)";
        };
    }

    private interface Stage {
        long of(StageFigures figures);
    }

    private void stageRow(TextTable table, String label, Stage stage, String how) {
        long wall = stage.of(stages);
        long cpu = stagesCpu == null ? Long.MIN_VALUE : stage.of(stagesCpu);
        table.row(label, TextTable.signedSeconds(wall), share(wall, stages.totalNanos()),
                stagesCpu == null ? "-" : TextTable.signedSeconds(cpu),
                stagesCpu == null ? "-" : share(cpu, stagesCpu.totalNanos()), how);
    }

    private static String share(long part, long total) {
        return total <= 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }

    private String scalingText() {
        StringBuilder out = new StringBuilder();
        out.append("scaling: one document made by repeating bundled report ").append(scaling.reportId())
                .append(", doubling; fastest of the repetitions; target at most ")
                .append(ScalingCheck.TARGET_RATIO).append("x per doubling\n");
        TextTable table = new TextTable("chars", "tokens", "runs", "wall", "CPU", "tokens/s", "x prev wall",
                "x prev CPU");
        double[] ratios = scaling.ratios();
        double[] cpuRatios = scaling.cpuRatios();
        for (int i = 0; i < scaling.points().size(); i++) {
            ScalingCheck.Point point = scaling.points().get(i);
            table.row(TextTable.count(point.chars()), TextTable.count(point.tokens()),
                    String.valueOf(point.repetitions()), TextTable.seconds(point.nanos()),
                    TextTable.seconds(point.cpuNanos()), TextTable.rate(point.tokensPerSecond()), doubling(ratios[i]),
                    doubling(cpuRatios[i]));
        }
        out.append(table);
        out.append("worst doubling: wall ").append(verdict(scaling.worstRatio())).append(", CPU ")
                .append(verdict(scaling.worstCpuRatio())).append('\n');
        if (scaling.points().stream().allMatch(p -> p.stages() != null)) {
            out.append("\nscaling, the extractor's time per stage at each size (StageTimer, wall, mean of the runs),"
                    + " and its ratio to the size before\n");
            org.interdict.Stage[] stageOrder = org.interdict.Stage.values();
            String[] header = new String[stageOrder.length + 1];
            header[0] = "chars";
            for (int k = 0; k < stageOrder.length; k++) {
                header[k + 1] = stageOrder[k].name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }
            TextTable stagesTable = new TextTable(header);
            ScalingCheck.Point previous = null;
            for (ScalingCheck.Point point : scaling.points()) {
                String[] row = new String[stageOrder.length + 1];
                row[0] = TextTable.count(point.chars());
                for (int k = 0; k < stageOrder.length; k++) {
                    long nanos = point.stages().get(stageOrder[k]);
                    long before = previous == null ? -1 : previous.stages().get(stageOrder[k]);
                    row[k + 1] = TextTable.seconds(nanos) + (before > 0 ? String.format(Locale.ROOT, " %.2fx",
                            (double) nanos / before) : "");
                }
                stagesTable.row(row);
                previous = point;
            }
            out.append(stagesTable);
        }
        if (scaling.stopped() != null) {
            out.append(scaling.stopped()).append('\n');
        }
        return out.toString();
    }

    private static String doubling(double ratio) {
        return Double.isNaN(ratio) ? "" : TextTable.ratio(ratio) + (ratio > ScalingCheck.TARGET_RATIO ? " over" : "");
    }

    private static String verdict(double ratio) {
        return Double.isNaN(ratio) ? "-" : TextTable.ratio(ratio)
                + (ratio <= ScalingCheck.TARGET_RATIO ? " (within target)" : " (over target)");
    }

    /** The figures as JSON: times in seconds, memory in bytes, rates per second; null when not measured. */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode m = root.putObject("machine");
        m.put("processors", machine.processors());
        m.put("java", machine.java());
        m.put("os", machine.os());
        putBytes(m, "maxHeapBytes", machine.maxHeapBytes());
        putBytes(m, "totalMemoryBytes", machine.totalMemoryBytes());
        putBytes(m, "freeMemoryBytes", machine.freeMemoryBytes());
        root.put("input", input);
        root.put("tokenizer", tokenizer);
        root.put("warmupPasses", settings.warmup());
        root.put("timedPasses", settings.repeat());
        root.put("baselineWarmupDocuments", settings.baselineWarmup());
        root.set("interdict", systemJson(mapper, interdict));
        root.set("interdictOnBaselineSample", interdictSample == null ? null : systemJson(mapper, interdictSample));
        root.set("corenlpPipeline", baselineRun == null ? null : systemJson(mapper, baseline()));
        if (baseline() != null) {
            root.put("corenlpAnnotators", CoreNlpPipelineBench.ANNOTATORS);
            putSeconds((ObjectNode) root.get("corenlpPipeline"), "annotatorsSeconds", baselineRun.annotatorsNanos());
            putSeconds((ObjectNode) root.get("corenlpPipeline"), "rulesSeconds", baselineRun.rulesNanos());
        }
        putNumber(root, "tokensPerSecondRatio", ratio());
        putNumber(root, "cpuTokensPerSecondRatio", cpuRatio());
        root.set("stages", stagesJson(mapper, stages));
        root.set("stagesCpu", stagesCpu == null ? null : stagesJson(mapper, stagesCpu));
        if (stageTimes == null) {
            root.putNull("stageTimes");
        } else {
            ObjectNode times = root.putObject("stageTimes");
            for (org.interdict.Stage stage : org.interdict.Stage.values()) {
                times.put(stage.name(), stageTimes.nanos(stage) / 1e9);
            }
            times.put("documents", stageTimes.documents());
            times.put("skippedDocuments", stageTimes.skippedDocuments());
            times.put("skippedFraction", stageTimes.skippedFraction());
        }
        root.putArray("disabledFeatures").addAll(settings.disabled().stream().map(Enum::name).sorted()
                .map(mapper.getNodeFactory()::textNode).toList());
        if (scaling == null) {
            root.putNull("scaling");
        } else {
            ObjectNode sc = root.putObject("scaling");
            sc.put("report", scaling.reportId());
            sc.put("targetRatio", ScalingCheck.TARGET_RATIO);
            putNumber(sc, "worstRatio", scaling.worstRatio());
            putNumber(sc, "worstCpuRatio", scaling.worstCpuRatio());
            sc.put("stopped", scaling.stopped());
            ArrayNode points = sc.putArray("points");
            double[] ratios = scaling.ratios();
            double[] cpuRatios = scaling.cpuRatios();
            for (int i = 0; i < scaling.points().size(); i++) {
                ScalingCheck.Point point = scaling.points().get(i);
                ObjectNode p = points.addObject();
                p.put("chars", point.chars());
                p.put("tokens", point.tokens());
                p.put("repetitions", point.repetitions());
                p.put("seconds", point.nanos() / 1e9);
                putSeconds(p, "cpuSeconds", point.cpuNanos());
                putNumber(p, "tokensPerSecond", point.tokensPerSecond());
                putNumber(p, "ratioToPrevious", ratios[i]);
                putNumber(p, "cpuRatioToPrevious", cpuRatios[i]);
            }
        }
        return root;
    }

    private static ObjectNode systemJson(ObjectMapper mapper, SystemFigures f) {
        ObjectNode node = mapper.createObjectNode();
        node.put("system", f.system());
        node.put("input", f.input());
        node.put("documents", f.documents());
        node.put("tokens", f.tokens());
        node.put("chars", f.chars());
        putSeconds(node, "startupSeconds", f.startupNanos());
        putSeconds(node, "firstResultSeconds", f.firstResultNanos());
        putSeconds(node, "coldPassSeconds", f.coldPassNanos());
        putSeconds(node, "timedPassSeconds", f.runNanos());
        putSeconds(node, "timedPassCpuSeconds", f.runCpuNanos());
        putNumber(node, "cpuTokensPerSecond", f.cpuTokensPerSecond());
        putNumber(node, "tokensPerSecond", f.tokensPerSecond());
        putNumber(node, "documentsPerSecond", f.documentsPerSecond());
        putNumber(node, "coldPassTokensPerSecond", f.coldTokensPerSecond());
        putBytes(node, "retainedHeapBytes", f.retainedBytes());
        putBytes(node, "peakHeapUsedBytes", f.peakUsedBytes());
        putBytes(node, "peakHeapAfterGcBytes", f.peakAfterGcBytes());
        node.put("output", f.output());
        return node;
    }

    private static ObjectNode stagesJson(ObjectMapper mapper, StageFigures stages) {
        ObjectNode s = mapper.createObjectNode();
        putSeconds(s, "totalSeconds", stages.totalNanos());
        putSeconds(s, "textAnalysisSeconds", stages.textAnalysisNanos());
        putSeconds(s, "gazetteerReplaySeconds", stages.gazetteerReplayNanos());
        putSeconds(s, "withoutDatesSeconds", stages.withoutDatesNanos());
        s.put("datesSeconds", stages.withoutDatesNanos() < 0 ? null : stages.datesNanos() / 1e9);
        s.put("restSeconds", stages.restNanos() / 1e9);
        putSeconds(s, "withoutCandidateSentencesSeconds", stages.withoutCandidateSentencesNanos());
        putSeconds(s, "withoutPrefilterSeconds", stages.withoutPrefilterNanos());
        return s;
    }

    private static void putSeconds(ObjectNode node, String field, long nanos) {
        if (nanos < 0) {
            node.putNull(field);
        } else {
            node.put(field, nanos / 1e9);
        }
    }

    private static void putBytes(ObjectNode node, String field, long bytes) {
        if (bytes < 0) {
            node.putNull(field);
        } else {
            node.put(field, bytes);
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
