package org.interdict.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.interdict.Feature;
import org.interdict.corpus.ReadOptions;
import org.interdict.text.TextBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point for {@code spark-submit} (see {@code docs/spark.md}). Exit codes as the CLI's:
 * 0 success, 1 failure (the job failed, or no document could be processed), 2 bad usage. Errors are one
 * line on stderr; {@code --verbose} adds the stack trace.
 */
@Command(name = "interdict-spark", mixinStandardHelpOptions = true, version = "interdict-spark 0.1.0",
        description = {"Extracts events from .jsonl / .jsonl.gz, .warc / .warc.gz, .txt and .html files (and folders "
                + "of these) as a Spark job, one partition per file (or per range of a large JSON Lines file); writes OUT/part-NNNNN.jsonl per input file "
                + "(concatenated in order, the CLI's `extract` output), OUT/_problems.jsonl, and with --index a "
                + "Lucene index merged from one shard per file.",
                "Every executor must see the inputs, OUT and the index at the same paths as the driver."})
public final class SparkMain implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The output folder; must be new or empty.")
    Path out;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Also build a Lucene index of the events here (new or empty folder).")
    Path index;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Also write the output as Parquet here (a new folder): one row per document, nested like the JSON.")
    Path parquet;

    @Option(names = "--split-mb", paramLabel = "N",
            description = "Read an uncompressed JSON Lines file of more than N MB in ranges of about N MB, one task each; "
                    + "0 reads every file in one task (default: ${DEFAULT-VALUE}).")
    long splitMb = JobSpec.DEFAULT_SPLIT_BYTES >> 20;

    @Option(names = "--keep-shards", description = "Keep the per-file index shards (OUT/_shards) after merging them.")
    boolean keepShards;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master, e.g. local[4], when not run by spark-submit (which sets it).")
    String master;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for documents that carry none; anchors relative dates.")
    LocalDate published;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Size cap: a document with more characters of text is reported, not processed (default: ${DEFAULT-VALUE}).")
    int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "An extra gazetteer file. Repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "FILE", description = "An extra rule file. Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--backend", paramLabel = "NAME", description = "Text analysis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TextBackend backend = TextBackend.CORENLP;

    @Option(names = "--statistical-ner",
            description = "Also run CoreNLP's statistical NER on the sentences around each event (slower; loads a 32 MB model).")
    boolean statisticalNer;

    @Option(names = "--disable", paramLabel = "FEATURE",
            description = "Switch a pipeline feature off: ${COMPLETION-CANDIDATES} (all but STATISTICAL_NER on by default). Repeatable.")
    List<Feature> disabled = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns the exit code (for tests: no System.exit). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new SparkMain());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (parseResult.hasMatchedOption("--verbose")) {
                e.printStackTrace(cmd.getErr());
            } else {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                cmd.getErr().println("interdict-spark: " + message.lines().findFirst().orElse(message));
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        JobSpec spec = JobSpec.of(inputs, out).withIndex(index).withPublished(published).withMaxChars(maxChars)
                .withKeepShards(keepShards).withParquet(parquet).withSplitBytes(splitBytes())
                .withExtractor(new ExtractorSettings(absolute(gazetteers), absolute(rules), backend,
                        statisticalNer ? List.of(Feature.STATISTICAL_NER) : List.of(), disabled));
        ExtractionJob.check(spec);  // bad inputs and used folders are usage errors, found before Spark starts
        for (Path file : concat(gazetteers, rules)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
        }
        SparkConf conf = new SparkConf().setAppName("interdict-extract");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: run with spark-submit, or give --master (e.g. local[4])");
        }
        JobResult result;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            result = ExtractionJob.run(spark, spec);
        }
        int shown = 0;
        for (Problem problem : result.problems()) {
            if (shown++ == 20) {
                System.err.println("interdict-spark: ... and more in " + result.out().resolve("_problems.jsonl"));
                break;
            }
            System.err.println("interdict-spark: skipped " + problem);
        }
        System.err.println(result.summary());
        JobCounts counts = result.counts();
        return counts.failed() > 0 && counts.processed() == 0 ? 1 : 0;
    }

    private long splitBytes() {
        if (splitMb < 0 || splitMb > Long.MAX_VALUE >> 20) {
            throw new IllegalArgumentException("--split-mb must be 0 or more: " + splitMb);
        }
        return splitMb << 20;
    }

    private static List<String> absolute(List<Path> files) {
        return files.stream().map(JobSpec::absolute).toList();
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
