package org.interdict.cli.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.interdict.Extractor;
import org.interdict.cli.batch.OrderedPipeline.Outcome;
import org.interdict.corpus.DocumentSource;
import org.interdict.corpus.SourceProblem;
import org.interdict.index.EventIndex;
import org.interdict.json.JsonCodec;

/**
 * One batch run: reads the sources in order, extracts on {@link BatchOptions#threads()} threads with the
 * one shared extractor, and writes the results in input order (so the output does not depend on the
 * number of threads), the events to an index in the same pass, and the problems to the error log.
 * Problems never stop the run; an output that cannot be written does.
 *
 * <p>With an index, the output is written in checkpoints (every {@value #CHECKPOINT_DOCUMENTS} documents
 * or {@value #CHECKPOINT_SECONDS} seconds): the index is committed first, then the output lines are
 * written, so every document in the output is in the index and {@code --resume} leaves neither behind.
 */
public final class BatchExtraction {

    /** One input: its name (the path given) and its documents. */
    public record Input(String name, DocumentSource source) {
    }

    static final int CHECKPOINT_DOCUMENTS = 500;
    static final int CHECKPOINT_SECONDS = 10;

    private BatchExtraction() {
    }

    /**
     * Runs the batch and returns its counts.
     *
     * @param stdout where {@code --out -} writes
     * @param stderr where progress, and problems when there is no error file, go
     * @throws IOException when the output, the error file or the index cannot be written
     */
    public static BatchCounts run(List<Input> inputs, Extractor extractor, BatchOptions options,
            PrintStream stdout, PrintStream stderr) throws IOException {
        boolean toStdout = "-".equals(options.out());
        Path outFile = toStdout ? null : Path.of(options.out());
        ResumePoint resume = ResumePoint.none();
        if (options.resume()) {
            resume = ResumePoint.read(outFile, options.format());
            resume.truncate(outFile);
        }
        BatchCounts counts = new BatchCounts();
        Writer out = null;
        EventIndex index = null;
        ErrorLog errors = null;
        try {
            out = toStdout ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16)
                    : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8, openOptions(options.resume()));
            if (options.format() == OutputFormat.CSV && resume.length() == 0) {
                out.write(EventCsv.header());
            }
            index = options.index() == null ? null : EventIndex.open(options.index());
            errors = ErrorLog.open(options.errors(), stderr);
            Sink sink = new Sink(options.format(), out, index, errors, counts);
            try (Progress progress = Progress.start(counts, stderr, options.terminal())) {
                OrderedPipeline pipeline = new OrderedPipeline(extractor, options.threads(), options.capacity(),
                        outcome -> {
                            sink.accept(outcome);
                            progress.update();
                        });
                try {
                    for (Input input : inputs) {
                        read(input, resume, pipeline);
                    }
                } finally {
                    pipeline.finish();
                }
                sink.checkpoint();
            } catch (OrderedPipeline.BatchFailedException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
            return counts;
        } finally {
            closeAll(out, toStdout, index, errors);
        }
    }

    /** Reads one input into the pipeline; a reader that breaks down is one more problem, not the end of the run. */
    private static void read(Input input, ResumePoint resume, OrderedPipeline pipeline) {
        try {
            input.source().forEach(document -> {
                if (resume.consume(document.id())) {
                    pipeline.skip(document);
                } else {
                    pipeline.extract(document);
                }
            }, pipeline::problem);
        } catch (OrderedPipeline.BatchFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            pipeline.problem(new SourceProblem(input.name(), null, "reading stopped: " + e));
        } finally {
            input.source().close();
        }
    }

    private static OpenOption[] openOptions(boolean append) {
        return append
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND}
                : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING};
    }

    private static void closeAll(Writer out, boolean toStdout, EventIndex index, ErrorLog errors) throws IOException {
        IOException failure = null;
        try {
            if (out != null) {
                if (toStdout) {
                    out.flush();
                } else {
                    out.close();
                }
            }
        } catch (IOException e) {
            failure = e;
        }
        if (index != null) {
            index.close();
        }
        if (errors != null) {
            errors.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The writer thread's end: counts, output, index and error log, in input order. */
    private static final class Sink {
        private final OutputFormat format;
        private final Writer out;
        private final EventIndex index;
        private final ErrorLog errors;
        private final BatchCounts counts;
        private final StringBuilder pending = new StringBuilder();
        private int pendingDocuments;
        private long lastCheckpoint = System.nanoTime();

        Sink(OutputFormat format, Writer out, EventIndex index, ErrorLog errors, BatchCounts counts) {
            this.format = format;
            this.out = out;
            this.index = index;
            this.errors = errors;
            this.counts = counts;
        }

        void accept(Outcome outcome) {
            if (outcome instanceof Outcome.Extracted extracted) {
                if (format == OutputFormat.CSV) {
                    EventCsv.append(pending, extracted.result(), extracted.document().text());
                } else {
                    pending.append(JsonCodec.toJsonLine(extracted.result())).append('\n');
                }
                if (index != null) {
                    index.add(extracted.result(), extracted.document().text(), extracted.document().title());
                }
                pendingDocuments++;
                counts.countProcessed(extracted.result().events().size());
                if (index == null || pendingDocuments >= CHECKPOINT_DOCUMENTS
                        || System.nanoTime() - lastCheckpoint > CHECKPOINT_SECONDS * 1_000_000_000L) {
                    checkpoint();
                }
            } else if (outcome instanceof Outcome.Failed failed) {
                errors.report(failed.problem());
                counts.countFailed();
            } else if (outcome instanceof Outcome.Skipped) {
                counts.countSkipped();
            }
        }

        /** Commits the index, then writes the pending output. */
        void checkpoint() {
            try {
                if (index != null) {
                    index.commit();
                    lastCheckpoint = System.nanoTime();
                }
                out.write(pending.toString());
                if (index != null) {
                    out.flush();
                }
                pending.setLength(0);
                pendingDocuments = 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
            }
        }
    }

    /** Problems as JSON Lines ({@code source}, {@code position}, {@code reason}) to a file, else to stderr. */
    private static final class ErrorLog implements AutoCloseable {
        private final Writer file;
        private final PrintStream stderr;

        private ErrorLog(Writer file, PrintStream stderr) {
            this.file = file;
            this.stderr = stderr;
        }

        static ErrorLog open(Path path, PrintStream stderr) throws IOException {
            return new ErrorLog(path == null ? null : Files.newBufferedWriter(path, StandardCharsets.UTF_8), stderr);
        }

        void report(SourceProblem problem) {
            if (file == null) {
                stderr.println("interdict: skipped " + problem);
                return;
            }
            try {
                file.write(JsonCodec.mapper().createObjectNode().put("source", problem.source())
                        .put("position", problem.position()).put("reason", problem.reason()).toString());
                file.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the error file: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }
}
