package org.interdict.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.interdict.Document;
import org.interdict.Feature;
import org.interdict.cli.bench.BenchReport;
import org.interdict.cli.bench.Benchmark;
import org.interdict.corpus.BundledCorpus;
import org.interdict.corpus.Sources;
import org.interdict.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times Interdict and, side by side on the same documents, the plain CoreNLP pipeline (tokenize, "
                + "pos, lemma, ner with RegexNER over the same gazetteers, then the same TokensRegex rules); prints "
                + "start-up, time to first result, tokens/s, documents/s, heap, where Interdict's time goes, and "
                + "the tokens/s ratio. Figures are from one run: compare them as ratios. The CoreNLP pipeline needs "
                + "about 2 GB of heap (INTERDICT_JAVA_OPTS=-Xmx4g).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "bundled|PATH",
            description = "The documents: 'bundled' (the bundled reports, default), a folder of .txt files, or a .txt "
                    + "or .jsonl file.")
    String input = "bundled";

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents of the input.")
    Integer limit;

    @Option(names = "--baseline-limit", paramLabel = "N",
            description = "Run the CoreNLP pipeline (a few hundred tokens/s) on N documents spread evenly over the input "
                    + "(every (documents/N)-th, the first included) instead of all; the ratio compares both systems "
                    + "on those same documents.")
    Integer baselineLimit;

    @Option(names = "--baseline-warmup", paramLabel = "N",
            description = "Untimed documents the CoreNLP pipeline processes before its timed pass, so that the JIT has"
                    + " compiled it (default: ${DEFAULT-VALUE}; the first ones of its sample).")
    int baselineWarmup = 5;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP pipeline.")
    boolean noBaseline;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Interdict's untimed passes over the input, per configuration, before the timed passes "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--repeat", paramLabel = "N",
            description = "Interdict's timed passes per configuration, taken in turn; its figures are the median pass "
                    + "(default: ${DEFAULT-VALUE}). The CoreNLP pipeline makes one pass.")
    int repeat = 3;

    @Option(names = "--stages", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time Interdict with DATES off, with CANDIDATE_SENTENCES off and with PREFILTER off, and "
                    + "replay the gazetteer stage, to show where the time goes (default: on; --no-stages to skip). "
                    + "The extractor's own time per stage is printed either way.")
    boolean stages;

    @Option(names = "--disable", paramLabel = "FEATURE",
            description = "Run Interdict without this feature (${COMPLETION-CANDIDATES}), e.g. --disable PREFILTER to "
                    + "analyse every document. Repeatable.")
    List<Feature> disabled = new ArrayList<>();

    @Option(names = "--scaling", description = "Also time one document made by repeating a bundled report, doubling "
            + "from 1 KiB to --scaling-max-kb.")
    boolean scaling;

    @Option(names = "--scaling-max-kb", paramLabel = "KB",
            description = "The largest size of the scaling check, in KiB of text (default: ${DEFAULT-VALUE}).")
    int scalingMaxKb = 8192;

    @Option(names = "--scaling-max-seconds", paramLabel = "S",
            description = "Stop the scaling check after a size that takes longer than this (default: ${DEFAULT-VALUE}).")
    double scalingMaxSeconds = 300;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON here.")
    Path json;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit <= 0) {
            throw new IllegalArgumentException("--limit must be positive: " + limit);
        }
        Consumer<String> progress = message -> System.err.println("bench: " + message);
        List<Document> documents = read();
        String description = ("bundled".equals(input) ? "bundled corpus" : input)
                + (limit != null ? ", first " + limit + " documents" : "");
        if (limit != null && documents.size() > limit) {
            documents = documents.subList(0, limit);
        }
        Benchmark.Settings settings = new Benchmark.Settings(warmup, repeat, stages, !noBaseline, baselineLimit,
                baselineWarmup, scaling, Math.multiplyExact(scalingMaxKb, 1024), scalingMaxSeconds, Set.copyOf(disabled));
        BenchReport report = new Benchmark(settings, progress).run(description, documents);
        System.out.print(report.toText());
        if (json != null) {
            ObjectMapper mapper = JsonCodec.mapper();
            Files.writeString(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson(mapper))
                    + "\n", StandardCharsets.UTF_8);
            progress.accept("wrote " + json);
        }
        return 0;
    }

    private List<Document> read() {
        if ("bundled".equals(input)) {
            return BundledCorpus.documents();
        }
        List<Document> documents = new ArrayList<>();
        Sources.open(Path.of(input), (LocalDate) null).forEach(documents::add,
                problem -> System.err.println("interdict: skipped " + problem));
        return documents;
    }
}
