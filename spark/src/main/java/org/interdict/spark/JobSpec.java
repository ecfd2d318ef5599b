package org.interdict.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.interdict.corpus.ReadOptions;

/**
 * One extraction job, as the driver hands it to the executors. Paths are absolute strings (a
 * {@link Path} is not serialisable, and an executor's working folder is not the driver's): every
 * executor must see the inputs, the output folder and the index folder at the same paths (a shared
 * filesystem, or one machine in local mode).
 *
 * @param inputs    the files and folders to read, as given (folders are expanded by the driver)
 * @param out       the output folder: {@code part-NNNNN.jsonl} per input file, see {@link OutputLayout}
 * @param index     the Lucene index to build by merging the shards, or null for no index
 * @param published the publication date of documents that carry none, or null
 * @param maxChars  the size cap in characters of text, as the CLI's {@code --max-chars}
 * @param extractor how to build the extractor
 * @param keepShards keep the index shards under the output folder after merging them
 * @param parquet   a folder to write the output to as Parquet as well, or null
 * @param splitBytes the size above which an uncompressed JSON Lines file is read in byte ranges of about
 *                  this size, one partition each; 0 reads every file whole
 */
public record JobSpec(List<String> inputs, String out, String index, LocalDate published, int maxChars,
        ExtractorSettings extractor, boolean keepShards, String parquet, long splitBytes) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default {@code splitBytes}: 128 MB, the block size of HDFS and the size of Spark's file splits. */
    public static final long DEFAULT_SPLIT_BYTES = 128L << 20;

    public JobSpec {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a job needs at least one input");
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("a job needs an output folder");
        }
        if (extractor == null) {
            throw new IllegalArgumentException("a job needs extractor settings");
        }
        ReadOptions.defaults().withMaxChars(maxChars);  // validates the cap with the reader's own message
        if (splitBytes < 0) {
            throw new IllegalArgumentException("split size is negative: " + splitBytes);
        }
    }

    /** A job over these inputs into this output folder, with the CLI's defaults and no index. */
    public static JobSpec of(List<Path> inputs, Path out) {
        return new JobSpec(inputs.stream().map(JobSpec::absolute).toList(), absolute(out), null, null,
                ReadOptions.DEFAULT_MAX_CHARS, ExtractorSettings.defaults(), false, null, DEFAULT_SPLIT_BYTES);
    }

    /** This job, also merging the events into a Lucene index at {@code dir}. */
    public JobSpec withIndex(Path dir) {
        return new JobSpec(inputs, out, dir == null ? null : absolute(dir), published, maxChars, extractor, keepShards,
                parquet, splitBytes);
    }

    /** This job with another default publication date (null for none). */
    public JobSpec withPublished(LocalDate date) {
        return new JobSpec(inputs, out, index, date, maxChars, extractor, keepShards, parquet, splitBytes);
    }

    /** This job with another size cap. */
    public JobSpec withMaxChars(int chars) {
        return new JobSpec(inputs, out, index, published, chars, extractor, keepShards, parquet, splitBytes);
    }

    /** This job with other extractor settings. */
    public JobSpec withExtractor(ExtractorSettings settings) {
        return new JobSpec(inputs, out, index, published, maxChars, settings, keepShards, parquet, splitBytes);
    }

    /** This job, keeping (or not) the index shards after merging them. */
    public JobSpec withKeepShards(boolean keep) {
        return new JobSpec(inputs, out, index, published, maxChars, extractor, keep, parquet, splitBytes);
    }

    /** This job, also writing its output as Parquet into {@code dir} (a folder that does not exist yet). */
    public JobSpec withParquet(Path dir) {
        return new JobSpec(inputs, out, index, published, maxChars, extractor, keepShards,
                dir == null ? null : absolute(dir), splitBytes);
    }

    /** This job, reading uncompressed JSON Lines files of more than {@code bytes} in ranges (0: never). */
    public JobSpec withSplitBytes(long bytes) {
        return new JobSpec(inputs, out, index, published, maxChars, extractor, keepShards, parquet, bytes);
    }

    /** How the readers read: the CLI's defaults with this job's date and cap. */
    ReadOptions readOptions() {
        return ReadOptions.defaults().withPublished(published).withMaxChars(maxChars);
    }

    OutputLayout layout() {
        return new OutputLayout(Path.of(out));
    }

    static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
