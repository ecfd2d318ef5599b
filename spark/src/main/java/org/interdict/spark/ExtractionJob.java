package org.interdict.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.sql.SparkSession;
import org.interdict.index.EventIndex;
import org.interdict.json.JsonCodec;

/**
 * Extraction and indexing as a Spark job. The driver lists the input files, one partition each; each
 * task extracts its file with its executor's one extractor ({@link ExtractorHolder}) and writes a JSON
 * Lines part and an index shard ({@link PartitionWriter}); the driver then merges the shards into one
 * index with {@link EventIndex#addIndexes}, writes Parquet when asked ({@link ParquetExport}), writes
 * the problems, and marks the output done.
 *
 * <p>A bad file or record never fails the job: it is counted as failed and listed, naming the file.
 */
public final class ExtractionJob {

    private ExtractionJob() {
    }

    /**
     * Runs the job on a Spark context (local or on a cluster).
     *
     * @throws IllegalArgumentException when an input is missing or of an unknown kind, or the output or
     *                                  index folder already holds something
     * @throws IOException              when the driver cannot write the output folder or the index
     */
    public static JobResult run(JavaSparkContext spark, JobSpec spec) throws IOException {
        long start = System.nanoTime();
        List<InputFile> files = check(spec);
        OutputLayout layout = spec.layout();
        Path index = spec.index() == null ? null : Path.of(spec.index());
        Files.createDirectories(layout.temporary());

        JobCounters counters = JobCounters.register(spark.sc());
        spark.setJobDescription("interdict: extract " + files.size() + " input file(s) and range(s)");
        // one input per partition: parallelize slices n elements into n partitions of one element each
        spark.parallelize(files, files.size()).foreachPartition(new ExtractPartition(spec, counters));

        requireFinished(spec, layout, files);
        PartitionWriter.deleteTree(layout.temporary());
        if (index != null) {
            merge(layout, files, index);
            if (!spec.keepShards()) {
                PartitionWriter.deleteTree(layout.shards());
            }
        }
        if (spec.parquet() != null) {
            spark.setJobDescription("interdict: write Parquet");
            List<Path> parts = files.stream().map(file -> layout.part(file.ordinal())).toList();
            // the session of this job's context (getOrCreate finds the running context rather than starting one)
            ParquetExport.write(SparkSession.builder().config(spark.getConf()).getOrCreate(), parts,
                    Path.of(spec.parquet()));
        }
        List<Problem> problems = counters.problems(files);
        writeProblems(layout.problems(), problems);
        Files.writeString(layout.success(), "");
        return new JobResult(counters.counts(), problems, counters.problemsLeftOut(), files.size(), layout.root(),
                index, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Checks a job before it runs, on the driver, and lists its input files.
     *
     * @throws IllegalArgumentException when an input is missing or of an unknown kind, there is no input
     *                                  file at all, or the output or index folder already holds something
     */
    public static List<InputFile> check(JobSpec spec) throws IOException {
        requireEmptyOrAbsent(spec.layout().root(), "output folder");
        if (spec.index() != null) {
            requireEmptyOrAbsent(Path.of(spec.index()), "index folder");
        }
        if (spec.parquet() != null && Files.exists(Path.of(spec.parquet()))) {
            throw new IllegalArgumentException("Parquet folder " + spec.parquet() + " exists: give a new one");
        }
        List<InputFile> files = InputFiles.expand(spec.inputs(), spec.splitBytes());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files of a known kind in " + String.join(", ", spec.inputs()));
        }
        return files;
    }

    /** The task: extracts each input of the partition (one, as the driver slices them). */
    private static final class ExtractPartition implements VoidFunction<Iterator<InputFile>> {
        private static final long serialVersionUID = 1L;
        private final JobSpec spec;
        private final JobCounters counters;

        ExtractPartition(JobSpec spec, JobCounters counters) {
            this.spec = spec;
            this.counters = counters;
        }

        @Override
        public void call(Iterator<InputFile> inputs) throws IOException {
            long attempt = TaskContext.get().taskAttemptId();
            while (inputs.hasNext()) {
                InputFile input = inputs.next();
                counters.add(input, PartitionWriter.write(spec, input, attempt, ExtractorHolder.get(spec.extractor())));
            }
        }
    }

    /** Merges the shards, in input order, into a new index (the order keeps Lucene's doc ids as the CLI's). */
    static void merge(OutputLayout layout, List<InputFile> files, Path index) {
        List<Path> shards = files.stream().map(file -> layout.shard(file.ordinal())).toList();
        try (EventIndex merged = EventIndex.open(index)) {
            merged.addIndexes(shards);
            merged.commit();
        }
    }

    /** Every input has its part (and shard): a job that Spark reports done but misses one is not done. */
    private static void requireFinished(JobSpec spec, OutputLayout layout, List<InputFile> files) {
        List<String> missing = new ArrayList<>();
        for (InputFile file : files) {
            if (!Files.isRegularFile(layout.part(file.ordinal()))
                    || spec.index() != null && !Files.isDirectory(layout.shard(file.ordinal()))) {
                missing.add(file.path());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the job finished without the output of " + missing.size()
                    + " input(s), first " + missing.get(0) + ": do the executors see " + layout.root()
                    + " at the same path as the driver?");
        }
    }

    private static void requireEmptyOrAbsent(Path dir, String what) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(what + " " + dir + " is a file");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(what + " " + dir + " is not empty: a job writes into a new folder");
            }
        }
    }

    /** The problems as the CLI's {@code --errors} file writes them: {@code {"source","position","reason"}} lines. */
    private static void writeProblems(Path file, List<Problem> problems) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Problem problem : problems) {
                out.write(JsonCodec.mapper().createObjectNode().put("source", problem.source())
                        .put("position", problem.position()).put("reason", problem.reason()).toString());
                out.write('\n');
            }
        }
    }
}
