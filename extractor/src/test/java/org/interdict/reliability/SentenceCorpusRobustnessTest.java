package org.interdict.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.ResultInvariants;
import org.interdict.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of a large corpus of odd, mostly off-topic sentences (film reviews, UN minutes, news,
 * fragments) goes through the extractor without an exception, with every entity and evidence offset inside
 * its text and every slot phrase taken from it ({@link ResultInvariants}). The corpus is not part of the
 * project: the test runs when the file exists ({@code -Dinterdict.sentences=FILE}, default
 * {@value #DEFAULT_FILE}) and is skipped otherwise.
 *
 * <p>Sentences go in groups of {@value #PER_DOCUMENT}, one document per group, so that cross-sentence
 * assembly and document-level stages see neighbours; separators alternate between a space, a newline and
 * a blank line so that both sentence splitters' paragraph rules are exercised.
 */
class SentenceCorpusRobustnessTest {

    static final String DEFAULT_FILE = "/work/shared/data/nlp-corpus/sentences.txt";
    private static final int PER_DOCUMENT = 50;
    private static final String[] SEPARATORS = {" ", "\n", "\n\n"};

    @Test
    void everySentenceOfTheCorpusExtractsCleanly() throws IOException {
        Path file = Path.of(System.getProperty("interdict.sentences", DEFAULT_FILE));
        assumeTrue(Files.isRegularFile(file), "sentence corpus " + file + " is not on this machine: test skipped");
        Extractor extractor = SharedExtractor.get();
        int sentences = 0;
        int documents = 0;
        int events = 0;
        List<String> group = new ArrayList<>(PER_DOCUMENT);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                if (line != null) {
                    group.add(line);
                    sentences++;
                }
                if (group.size() == PER_DOCUMENT || (line == null && !group.isEmpty())) {
                    Document document = Document.of("sentences-" + documents, join(group, documents));
                    ExtractionResult result = extractor.extract(document);
                    ResultInvariants.check(document, result);
                    events += result.events().size();
                    documents++;
                    group.clear();
                }
                if (line == null) {
                    break;
                }
            }
        }
        System.out.printf("sentence corpus: %,d sentences in %,d documents, %,d events, no failures%n",
                sentences, documents, events);
        assertEquals((sentences + PER_DOCUMENT - 1) / PER_DOCUMENT, documents);
    }

    private static String join(List<String> sentences, int documentNumber) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(SEPARATORS[(i + documentNumber) % SEPARATORS.length]);
            }
            text.append(sentences.get(i));
        }
        return text.toString();
    }
}
