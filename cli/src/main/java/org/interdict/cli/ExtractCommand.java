package org.interdict.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interdict.Document;
import org.interdict.ExtractionException;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.corpus.DocumentSource;
import org.interdict.corpus.SourceProblem;
import org.interdict.corpus.Sources;
import org.interdict.index.EventIndex;
import org.interdict.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts events from .txt files, folders of them, or .jsonl files of {\"id\",\"text\",\"published\"} lines; writes one JSON object per document.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write JSON Lines; - for stdout (default).")
    String out = "-";

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for documents that carry none; anchors relative dates.")
    LocalDate published;

    @Option(names = "--index", paramLabel = "DIR", description = "Also index the events in a Lucene index here.")
    Path index;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write unreadable and failed documents here (JSON Lines).")
    Path errors;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Mixin
    ExtractorOptions extractorOptions = new ExtractorOptions();

    @Override
    public Integer call() throws IOException {
        List<DocumentSource> sources = new ArrayList<>();
        for (Path input : inputs) {
            sources.add(Sources.open(input, published));
        }
        Extractor extractor = extractorOptions.build();
        BatchRun run = new BatchRun(extractor);
        try (Writer writer = "-".equals(out)
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
             EventIndex eventIndex = index == null ? null : EventIndex.open(index);
             PrintWriter errorWriter = errors == null ? null
                     : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            for (DocumentSource source : sources) {
                source.forEach(document -> {
                    ExtractionResult result = run.process(document, errorWriter);
                    if (result != null) {
                        try {
                            writer.write(JsonCodec.toJsonLine(result));
                            writer.write('\n');
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        if (eventIndex != null) {
                            eventIndex.add(result, document.text());
                        }
                    }
                }, problem -> run.unreadable(problem, errorWriter));
            }
            writer.flush();
            if (eventIndex != null) {
                eventIndex.commit();
            }
        }
        System.err.println(run.summary());
        return run.failed() > 0 && run.processed() == 0 ? 1 : 0;
    }

    /** Counts what a batch run did with every document it read; read = processed + failed. */
    static final class BatchRun {
        private final Extractor extractor;
        private int read;
        private int processed;
        private int failed;
        private int events;

        BatchRun(Extractor extractor) {
            this.extractor = extractor;
        }

        ExtractionResult process(Document document, PrintWriter errors) {
            read++;
            try {
                ExtractionResult result = extractor.extract(document);
                processed++;
                events += result.events().size();
                return result;
            } catch (ExtractionException e) {
                failed++;
                report(errors, new SourceProblem(document.id(), null, e.getMessage()));
                return null;
            }
        }

        void unreadable(SourceProblem problem, PrintWriter errors) {
            read++;
            failed++;
            report(errors, problem);
        }

        private static void report(PrintWriter errors, SourceProblem problem) {
            System.err.println("interdict: skipped " + problem);
            if (errors != null) {
                errors.println(JsonCodec.mapper().createObjectNode().put("source", problem.source())
                        .put("position", problem.position()).put("reason", problem.reason()).toString());
            }
        }

        int processed() {
            return processed;
        }

        int failed() {
            return failed;
        }

        String summary() {
            return "documents read " + read + ", processed " + processed + ", failed " + failed + "; events " + events;
        }
    }
}
