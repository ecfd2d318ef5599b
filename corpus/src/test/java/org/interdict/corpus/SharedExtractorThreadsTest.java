package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interdict.Document;
import org.interdict.Extractor;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link Extractor} on 1 and on 8 threads gives byte-identical JSON for the same 200
 * documents: the 81 bundled reports and recombinations of their paragraphs (the paragraphs of one report
 * followed by those of another, so that events, dates and vessels meet in new company). Any shared
 * mutable state in a stage (a TokensRegex environment, SUTime's annotator, a matcher buffer) shows up as
 * a difference or an exception.
 */
class SharedExtractorThreadsTest {

    static final int DOCUMENTS = 200;
    private static final int THREADS = 8;

    /** The 81 reports, then recombinations of two reports' paragraphs up to {@value #DOCUMENTS} documents. */
    static List<Document> documents() {
        List<Document> reports = BundledCorpus.documents();
        List<Document> documents = new ArrayList<>(reports);
        for (int i = 0; documents.size() < DOCUMENTS; i++) {
            Document first = reports.get(i % reports.size());
            Document second = reports.get((7 * i + 3) % reports.size());
            String[] a = first.text().split("\n\n");
            String[] b = second.text().split("\n\n");
            StringBuilder text = new StringBuilder();
            // alternate paragraphs of the two reports, starting with the second half of the first
            for (int k = 0; k < Math.max(a.length, b.length); k++) {
                if (k < a.length) {
                    text.append(a[(k + a.length / 2) % a.length]).append("\n\n");
                }
                if (k < b.length) {
                    text.append(b[k]).append("\n\n");
                }
            }
            documents.add(new Document("mix-" + i, text.toString().strip(), first.published(), null));
        }
        return documents;
    }

    @Test
    void eightThreadsGiveTheBytesOfOne() throws Exception {
        Extractor extractor = Extractor.builder().build();
        List<Document> documents = documents();
        assertEquals(DOCUMENTS, documents.size());
        List<String> sequential = new ArrayList<>();
        for (Document document : documents) {
            sequential.add(JsonCodec.toJsonLine(extractor.extract(document)));
        }
        List<String> parallel = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Document document : documents) {
                results.add(pool.submit(() -> JsonCodec.toJsonLine(extractor.extract(document))));
            }
            for (Future<String> result : results) {
                parallel.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long events = sequential.stream().filter(line -> !line.endsWith("\"events\":[]}")).count();
        assertTrue(events > 100, "the documents should hold events: " + events + " of " + DOCUMENTS);
        for (int i = 0; i < documents.size(); i++) {
            assertEquals(sequential.get(i), parallel.get(i), "document " + documents.get(i).id());
        }
        String joined = String.join("\n", sequential);
        System.out.printf("threads: %d documents (%d with events), %,d bytes of JSON, identical on 1 and %d threads,"
                + " sha256 %s%n", documents.size(), events, joined.length(), THREADS,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(joined.getBytes(StandardCharsets.UTF_8))));
    }
}
