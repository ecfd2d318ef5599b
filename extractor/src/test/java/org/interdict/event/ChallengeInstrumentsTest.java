package org.interdict.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.interdict.model.Event;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * A challenge set for two slots, written without looking at the rules: 60 short reports, each with one
 * asserted seizure or transfer, the instruments it breached or was made under (resolutions named by number,
 * by year, by the embargo they impose; laws; treaties; distracting resolutions that concern something
 * else) and who says so. Instruments are scored as id sets (TP, FP, FN); an attribution agrees when one
 * text holds the other, or both are absent. Figures are printed; floors keep a regression visible.
 */
class ChallengeInstrumentsTest {

    private static final String RESOURCE = "/org/interdict/event/challenge-instruments.jsonl";

    @Test
    void instrumentsAndSourcesAreFoundHoweverTheyAreTold() throws IOException {
        int reports = 0;
        int found = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int sourcesAgreeing = 0;
        for (JsonNode report : ChallengeReports.read(RESOURCE)) {
            JsonNode expected = report.path("expect").get(0);
            reports++;
            Set<String> gold = new HashSet<>();
            expected.path("instruments").forEach(id -> gold.add(id.asText()));
            Optional<Event> event = ChallengeReports.events(report).stream()
                    .filter(e -> e.type().name().equals(expected.path("type").asText()) && e.modality() == Modality.ASSERTED)
                    .findFirst();
            if (event.isEmpty()) {
                falseNegatives += gold.size();
                continue;
            }
            found++;
            Set<String> predicted = new HashSet<>();
            event.get().instruments().stream().map(InstrumentRef::id).filter(Objects::nonNull).forEach(predicted::add);
            for (String id : predicted) {
                if (gold.contains(id)) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
            falseNegatives += (int) gold.stream().filter(id -> !predicted.contains(id)).count();
            String goldSource = expected.path("attribution").isNull() ? null : expected.path("attribution").asText();
            String source = event.get().attribution() == null ? null : event.get().attribution().text();
            if (goldSource == null ? source == null : source != null && (contains(goldSource, source)
                    || contains(source, goldSource))) {
                sourcesAgreeing++;
            }
        }
        double precision = (double) truePositives / Math.max(1, truePositives + falsePositives);
        double recall = (double) truePositives / Math.max(1, truePositives + falseNegatives);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        System.out.printf(Locale.ROOT, "instrument challenge set: %d reports, events found %d; instruments TP %d FP %d FN %d,"
                + " P %.3f R %.3f F1 %.3f; attributions agreeing %d%n", reports, found, truePositives, falsePositives,
                falseNegatives, precision, recall, f1, sourcesAgreeing);
        assertTrue(reports >= 60, "challenge set incomplete: " + reports);
        assertTrue(found >= 0.85 * reports, "events found " + found);
        assertTrue(f1 >= 0.75, "instruments F1 " + f1);
        assertTrue(sourcesAgreeing >= 0.70 * reports, "attributions agreeing " + sourcesAgreeing);
    }

    private static boolean contains(String outer, String inner) {
        return outer.toLowerCase(Locale.ROOT).contains(inner.toLowerCase(Locale.ROOT));
    }
}
