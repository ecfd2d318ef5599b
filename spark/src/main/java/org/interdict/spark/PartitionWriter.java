package org.interdict.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.corpus.DocumentSource;
import org.interdict.corpus.SourceProblem;
import org.interdict.corpus.Sources;
import org.interdict.index.EventIndex;
import org.interdict.index.IndexException;
import org.interdict.json.JsonCodec;

/**
 * The work of one task on one input file: reads its documents, extracts them, and writes their JSON
 * Lines (byte for byte what the CLI writes for them) and, when the job builds an index, an index shard
 * in {@link EventIndex}'s layout. Both are written under names of their own attempt and renamed into
 * place when the whole file is done, so that a task that fails half-way leaves nothing behind that the
 * job would read, and a retried or speculative attempt of the same input does not add a second part or
 * shard: the first attempt to finish keeps its place (extraction is deterministic, so every attempt
 * writes the same events).
 *
 * <p>A file or record that cannot be read and a document the extractor fails on are counted and
 * reported as {@link Problem}s; they never fail the task. Only an output that cannot be written does
 * (Spark then retries the task).
 */
public final class PartitionWriter {

    /** Problems reported per input file at most; the rest are only counted (the driver holds them all). */
    static final int MAX_PROBLEMS = 1000;

    private PartitionWriter() {
    }

    /**
     * What one input gave: every document or record read is processed or failed, so
     * {@code read = processed + failed}; {@code problems} lists the failures (at most
     * {@value #MAX_PROBLEMS}, the rest are counted in {@code problemsLeftOut}), with line numbers from
     * the start of a byte range, which held {@code lineEnds} line ends (0 for a whole file).
     */
    public record Result(int ordinal, long read, long processed, long failed, long events, List<Problem> problems,
            long problemsLeftOut, long lineEnds) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** An output of the task could not be written: the task fails, and Spark retries it. */
    static final class OutputFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Extracts one input into the job's output folder.
     *
     * @param attempt an id unique to this attempt among the job's attempts (Spark's task attempt id)
     * @throws IOException when the part or the shard cannot be written or moved into place
     */
    public static Result write(JobSpec spec, InputFile input, long attempt, Extractor extractor) throws IOException {
        OutputLayout layout = spec.layout();
        Files.createDirectories(layout.temporary());
        Path part = layout.temporaryPart(input.ordinal(), attempt);
        Path shard = spec.index() == null ? null : layout.temporaryShard(input.ordinal(), attempt);
        Tally tally = new Tally(input.ordinal());
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             EventIndex index = shard == null ? null : EventIndex.open(shard)) {
            read(spec, input, tally, document -> {
                ExtractionResult result;
                try {
                    result = extractor.extract(document);
                } catch (RuntimeException | StackOverflowError e) {
                    tally.failed(new SourceProblem(document.id(), null, firstLine(e)));
                    return;
                }
                try {
                    out.write(JsonCodec.toJsonLine(result));
                    out.write('\n');
                } catch (IOException e) {
                    throw new OutputFailedException("cannot write " + part + ": " + e.getMessage(), e);
                }
                if (index != null) {
                    index.add(result, document.text(), document.title());
                }
                tally.processed(result.events().size());
            });
            if (index != null) {
                index.commit();
            }
        } catch (OutputFailedException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        if (shard != null) {
            moveIntoPlace(shard, layout.shard(input.ordinal()));
        }
        moveIntoPlace(part, layout.part(input.ordinal()));
        return tally.result();
    }

    /** Reads the input's documents into the consumer; a reader that breaks down is one more problem. */
    private static void read(JobSpec spec, InputFile input, Tally tally, Consumer<Document> documents) {
        DocumentSource source;
        LineRange.Counting range = null;
        try {
            if (input.isRange()) {
                range = LineRange.open(Path.of(input.path()), input.start(), input.end());
                source = Sources.jsonLines(new BufferedInputStream(range, 1 << 16), input.path(), spec.readOptions());
            } else {
                source = Sources.openWith(Path.of(input.path()), spec.readOptions());
            }
        } catch (IllegalArgumentException e) {
            tally.read();  // gone since the driver listed it
            tally.failed(new SourceProblem(input.path(), null, e.getMessage()));
            return;
        } catch (IOException e) {
            tally.read();
            tally.failed(new SourceProblem(input.path(), null, "cannot read: " + e.getMessage()));
            return;
        }
        try {
            source.forEach(document -> {
                tally.read();
                documents.accept(document);
            }, problem -> {
                tally.read();
                tally.failed(problem);
            });
        } catch (OutputFailedException | IndexException e) {
            throw e;  // our output, not the input, is broken: fail the task
        } catch (RuntimeException e) {
            tally.read();
            tally.failed(new SourceProblem(input.path(), null, "reading stopped: " + e));
        } finally {
            source.close();
            if (range != null) {
                tally.lineEnds(range.lineEnds());
            }
        }
    }

    /**
     * Renames an attempt's finished part or shard to its final name, unless an earlier attempt of the
     * same input already put one there: then this attempt's copy is dropped.
     */
    static void moveIntoPlace(Path attempt, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (!Files.exists(target)) {
            try {
                Files.move(attempt, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // a concurrent (speculative) attempt finished first: keep its copy
            }
        }
        deleteTree(attempt);
    }

    /** Deletes a file, or a folder and everything in it (symbolic links themselves, not what they point to). */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children;
            try (Stream<Path> listing = Files.list(path)) {
                children = listing.toList();
            }
            for (Path child : children) {
                deleteTree(child);
            }
        }
        Files.delete(path);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The counts and problems of one input, kept by the task's one thread. */
    private static final class Tally {
        private final int ordinal;
        private final List<Problem> problems = new ArrayList<>();
        private long read;
        private long processed;
        private long failed;
        private long events;
        private long leftOut;
        private long lineEnds;

        Tally(int ordinal) {
            this.ordinal = ordinal;
        }

        void read() {
            read++;
        }

        void processed(int eventCount) {
            processed++;
            events += eventCount;
        }

        void failed(SourceProblem problem) {
            failed++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(Problem.of(ordinal, problem));
            } else {
                leftOut++;
            }
        }

        void lineEnds(long count) {
            lineEnds = count;
        }

        Result result() {
            return new Result(ordinal, read, processed, failed, events, problems, leftOut, lineEnds);
        }
    }
}
