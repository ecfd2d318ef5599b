package org.interdict.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters as Spark accumulators (named, so the Spark UI shows them per stage and task). The
 * tasks add to them in an action ({@code foreachPartition}), where Spark applies each task's updates
 * once, however often the task was attempted: a failed attempt's updates are dropped.
 */
final class JobCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator read;
    private final LongAccumulator processed;
    private final LongAccumulator failed;
    private final LongAccumulator events;
    private final LongAccumulator problemsLeftOut;
    private final CollectionAccumulator<Problem> problems;
    private final CollectionAccumulator<RangeLines> rangeLines;

    /** The line ends of one byte range, for numbering its problems' lines in the file. */
    record RangeLines(int ordinal, long lineEnds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private JobCounters(SparkContext context) {
        read = context.longAccumulator("interdict documents read");
        processed = context.longAccumulator("interdict documents processed");
        failed = context.longAccumulator("interdict documents failed");
        events = context.longAccumulator("interdict events");
        problemsLeftOut = context.longAccumulator("interdict problems not listed");
        problems = context.collectionAccumulator("interdict problems");
        rangeLines = context.collectionAccumulator("interdict line ends of file ranges");
    }

    static JobCounters register(SparkContext context) {
        return new JobCounters(context);
    }

    /** Adds what one input gave (on an executor). */
    void add(InputFile input, PartitionWriter.Result result) {
        read.add(result.read());
        processed.add(result.processed());
        failed.add(result.failed());
        events.add(result.events());
        problemsLeftOut.add(result.problemsLeftOut());
        result.problems().forEach(problems::add);
        if (input.isRange()) {
            rangeLines.add(new RangeLines(input.ordinal(), result.lineEnds()));
        }
    }

    /** The totals (on the driver, after the job). */
    JobCounts counts() {
        return new JobCounts(read.value(), processed.value(), 0, failed.value(), events.value());
    }

    /**
     * The problems in input order (each task's problems arrive in one piece, in its reading order), with
     * the line numbers of the file rather than of the byte range they were found in.
     */
    List<Problem> problems(List<InputFile> inputs) {
        List<Problem> all = new ArrayList<>(problems.value());
        all.sort(Comparator.comparingInt(Problem::ordinal));  // stable: keeps each file's own order
        Map<Integer, Long> lineEnds = new HashMap<>();
        rangeLines.value().forEach(range -> lineEnds.put(range.ordinal(), range.lineEnds()));
        return LineNumbers.renumber(all, inputs, lineEnds);
    }

    long problemsLeftOut() {
        return problemsLeftOut.value();
    }
}
