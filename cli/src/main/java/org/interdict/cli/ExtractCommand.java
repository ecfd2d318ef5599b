package org.interdict.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interdict.cli.batch.BatchCounts;
import org.interdict.cli.batch.BatchExtraction;
import org.interdict.cli.batch.BatchOptions;
import org.interdict.cli.batch.OutputFormat;
import org.interdict.corpus.ReadOptions;
import org.interdict.corpus.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events from .txt and .html files, .jsonl / .jsonl.gz files of {\"id\",\"text\",\"published\"} "
                + "lines, .warc / .warc.gz web archives (their HTML responses) and folders of these; writes one JSON "
                + "object per document, or one CSV row per event, in input order.",
                "Unreadable documents and documents over the size cap are reported and skipped; they never stop the run. "
                + "Runs of more than 10,000 characters without whitespace are broken by a space before extraction."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write; - for stdout (default).")
    String out = "-";

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "jsonl (one JSON object per document, the default) or csv (one row per event).")
    OutputFormat format = OutputFormat.JSONL;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for documents that carry none; anchors relative dates.")
    LocalDate published;

    @Option(names = "--index", paramLabel = "DIR", description = "Also index the events in a Lucene index here, in the same pass.")
    Path index;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write unreadable and failed documents here (JSON Lines: source, position, reason) instead of to stderr.")
    Path errors;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of processors, here ${DEFAULT-VALUE}); at most 4 x N documents are in memory.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Leave out the documents already in the --out file and append the others to it.")
    boolean resume;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Size cap: a document with more characters of text is reported, not processed (default: ${DEFAULT-VALUE}, 5 MB of text).")
    int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Mixin
    ExtractorOptions extractorOptions = new ExtractorOptions();

    @Override
    public Integer call() throws IOException {
        BatchOptions options = new BatchOptions(threads, format, out, index, errors, resume, System.console() != null);
        ReadOptions reading = ReadOptions.defaults().withPublished(published).withMaxChars(maxChars);
        List<BatchExtraction.Input> sources = new ArrayList<>();
        for (Path input : inputs) {
            sources.add(new BatchExtraction.Input(input.toString(), Sources.openWith(input, reading)));
        }
        BatchCounts counts = BatchExtraction.run(sources, extractorOptions.build(), options, System.out, System.err);
        System.err.println(counts.summary());
        return counts.failed() > 0 && counts.processed() == 0 && counts.skipped() == 0 ? 1 : 0;
    }

    /** {@code --format}: jsonl or csv, in any case. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.parse(value);
        }
    }
}
