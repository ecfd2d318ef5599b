package org.interdict.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.corpus.BundledCorpus;
import org.interdict.index.EventIndex;
import org.interdict.json.JsonCodec;
import org.interdict.model.Modality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts events from the bundled corpus of arms-trade reports, writes JSON Lines and a Lucene index, and prints the asserted events.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write events.jsonl and index/ (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("interdict-demo");

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Extractor extractor = Extractor.builder().build();
        List<Document> documents = BundledCorpus.documents();
        Files.createDirectories(dir);
        Path jsonl = dir.resolve("events.jsonl");
        Path indexDir = dir.resolve("index");
        int events = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
             EventIndex index = EventIndex.open(indexDir)) {
            for (Document document : documents) {
                ExtractionResult result = extractor.extract(document);
                writer.write(JsonCodec.toJsonLine(result));
                writer.write('\n');
                index.add(result, document.text(), document.title());
                for (var event : result.events()) {
                    if (event.modality() == Modality.ASSERTED) {
                        System.out.println(EventTable.line(JsonCodec.mapper().valueToTree(event)));
                    }
                    events++;
                }
            }
            index.commit();
        }
        System.err.printf("%d documents, %d events in %.1f s; wrote %s and %s%n", documents.size(), events,
                (System.nanoTime() - start) / 1e9, jsonl, indexDir);
        System.err.println("try: ./interdict search --index " + indexDir + " 'destination:SYR'");
        return 0;
    }
}
