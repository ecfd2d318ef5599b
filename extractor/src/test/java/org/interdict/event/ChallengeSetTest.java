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
 * Challenge sets written without looking at the rules: paraphrases (144 short reports, 136 expected events
 * in many constructions, 16 distractors) and multi-incident reports (40 reports of 2 to 4 incidents each,
 * 112 expected events: recaps of one incident, two incidents in a sentence, series, distractor sentences).
 * The extractor must find the events, with the right type and modality, however they are phrased and
 * however many a report tells. Matching per report by type and modality only; the figures are printed so
 * a change can be compared, and floors keep a regression from passing unnoticed.
 */
class ChallengeSetTest {

    @Test
    void eventsAreFoundHoweverTheyArePhrased() throws IOException {
        score("/org/interdict/event/challenge.jsonl", 140, 0.80, 0.80);
    }

    @Test
    void eachIncidentOfAReportOfSeveralIsFound() throws IOException {
        score("/org/interdict/event/challenge-multi.jsonl", 40, 0.85, 0.70);
    }

    private void score(String resource, int minimumReports, double minimumPrecision, double minimumRecall)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int reports = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
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
        System.out.printf(java.util.Locale.ROOT, "challenge set %s: %d reports, events by type and modality TP %d FP %d "
                + "FN %d, P %.3f R %.3f%n", resource, reports, truePositives, falsePositives, falseNegatives, precision, recall);
        assertTrue(reports >= minimumReports, "challenge set incomplete: " + reports);
        assertTrue(precision >= minimumPrecision && recall >= minimumRecall, "precision " + precision + ", recall " + recall);
    }
}
