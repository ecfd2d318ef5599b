package org.interdict.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.interdict.Document;

/**
 * The reports that ship with Interdict: real public incidents written up in this project's own
 * words, stored as JSON Lines on the classpath. They are the demo input and the text of the gold set.
 */
public final class BundledCorpus {

    private static final String ROOT = "/org/interdict/corpus/reports/";
    private static final String INDEX = ROOT + "index.txt";

    private BundledCorpus() {
    }

    /** All bundled reports, in the order of the index and then of the lines of each file. */
    public static List<Document> documents() {
        ObjectMapper mapper = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        for (String file : resourceLines(INDEX)) {
            int lineNumber = 0;
            for (String line : resourceLines(ROOT + file)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = mapper.readTree(line);
                    String published = node.path("published").asText(null);
                    documents.add(new Document(node.path("id").asText(), node.path("text").asText(),
                            published == null ? null : LocalDate.parse(published),
                            node.path("title").asText(null)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException("bundled corpus " + file + " line " + lineNumber + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(documents);
    }

    private static List<String> resourceLines(String resource) {
        InputStream in = BundledCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }
}
