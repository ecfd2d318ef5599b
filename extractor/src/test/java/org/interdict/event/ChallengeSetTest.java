package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interdict.Document;
import org.interdict.SharedExtractor;
import org.interdict.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A paraphrase challenge set written without looking at the rules (144 short reports, 136 expected events
 * in many constructions, 16 distractors): the extractor must find the events, with the right type and
 * modality, however they are phrased. Matching per report by type and modality only; the figures are
 * printed so a change can be compared, and floors keep a regression from passing unnoticed.
 */
class ChallengeSetTest {

    private static final String RESOURCE = "/org/interdict/event/challenge.jsonl";

    @Test
    void eventsAreFoundHoweverTheyArePhrased() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int reports = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode report = json.readTree(line);
                reports++;
                List<String> expected = new ArrayList<>();
                report.path("expect").forEach(e -> expected.add(e.path("type").asText() + "/" + e.path("modality").asText()));
                List<Event> found = SharedExtractor.get().extract(new Document(report.path("id").asText(),
                        report.path("text").asText(), LocalDate.parse(report.path("published").asText()), null)).events();
                for (Event event : found) {
                    if (expected.remove(event.type() + "/" + event.modality())) {
                        truePositives++;
                    } else {
                        falsePositives++;
                    }
                }
                falseNegatives += expected.size();
            }
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf(java.util.Locale.ROOT, "challenge set: %d reports, events by type and modality TP %d FP %d FN %d, "
                + "P %.3f R %.3f%n", reports, truePositives, falsePositives, falseNegatives, precision, recall);
        assertTrue(reports >= 140, "challenge set incomplete: " + reports);
        assertTrue(precision >= 0.80 && recall >= 0.80, "precision " + precision + ", recall " + recall);
    }
}
