package org.interdict.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A finished job: its counts, its problems in input order (at most {@value PartitionWriter#MAX_PROBLEMS}
 * per input file, {@code problemsLeftOut} more were only counted), where it wrote, and how long it took.
 *
 * @param partitions the number of partitions: input files, and byte ranges of large JSON Lines files
 * @param index      the merged index, or null when the job built none
 */
public record JobResult(JobCounts counts, List<Problem> problems, long problemsLeftOut, int partitions, Path out,
        Path index, double seconds) {

    public JobResult {
        problems = List.copyOf(problems);
    }

    /** The part files in input order: their lines, concatenated, are what the CLI writes for the same inputs. */
    public List<Path> parts() {
        OutputLayout layout = new OutputLayout(out);
        return IntStream.range(0, partitions).mapToObj(layout::part).toList();
    }

    /** The summary line, as the CLI prints it. */
    public String summary() {
        return counts.summary(seconds);
    }
}
