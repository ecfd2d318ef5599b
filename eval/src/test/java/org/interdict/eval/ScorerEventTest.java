package org.interdict.eval;

import static org.interdict.eval.Fixtures.assertPrf;
import static org.interdict.eval.Fixtures.event;
import static org.interdict.eval.Fixtures.gold;
import static org.interdict.eval.Fixtures.party;
import static org.interdict.eval.Fixtures.prediction;
import static org.interdict.eval.Fixtures.score;
import static org.interdict.eval.Fixtures.vessel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.interdict.Document;
import org.junit.jupiter.api.Test;

class ScorerEventTest {

    @Test
    void perfectDetection() {
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        event(gold, "g2", "TRANSFER", "ASSERTED", 60, 120);
        ObjectNode prediction = prediction("d1");
        event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 50);
        event(prediction, "p2", "TRANSFER", "ASSERTED", 60, 120);
        EvalReport report = score(gold, prediction);
        assertPrf("SEIZURE", 1, 0, 0, 1.0, 1.0, 1.0, report.events().get(EventType.SEIZURE));
        assertPrf("TRANSFER", 1, 0, 0, 1.0, 1.0, 1.0, report.events().get(EventType.TRANSFER));
        assertPrf("micro", 2, 0, 0, 1.0, 1.0, 1.0, report.eventsMicro());
        assertEquals(List.of(), report.eventErrors());
        assertEquals(List.of(), report.modalityErrors());
    }

    @Test
    void twoAgreeingKeySlotsMatchWithoutEvidenceOverlapButOneDoesNot() {
        ObjectNode gold = gold("d1", "dev");
        ObjectNode g = event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        g.set("vessel", vessel("the Chong Chon Gang", "Chong Chon Gang"));
        g.set("location", party("Manzanillo", "PAN"));

        ObjectNode two = prediction("d1");
        ObjectNode p = event(two, "p1", "SEIZURE", "ASSERTED", 200, 260);
        p.set("vessel", vessel("M/V Chong Chon Gang", "M/V Chong Chon Gang"));
        p.set("location", party("Panama", "PAN"));
        assertPrf("two key slots", 1, 0, 0, 1.0, 1.0, 1.0, score(gold, two).eventsMicro());

        ObjectNode one = prediction("d1");
        event(one, "p1", "SEIZURE", "ASSERTED", 200, 260).set("vessel", vessel("Chong Chon Gang", "Chong Chon Gang"));
        assertPrf("one key slot", 0, 1, 1, 0.0, 0.0, 0.0, score(gold, one).eventsMicro());
    }

    @Test
    void sameTypeIsRequired() {
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        ObjectNode prediction = prediction("d1");
        event(prediction, "p1", "TRANSFER", "ASSERTED", 0, 50);
        EvalReport report = score(gold, prediction);
        assertPrf("SEIZURE", 0, 0, 1, null, 0.0, 0.0, report.events().get(EventType.SEIZURE));
        assertPrf("TRANSFER", 0, 1, 0, 0.0, null, 0.0, report.events().get(EventType.TRANSFER));
    }

    @Test
    void anIncidentPredictedTwiceIsOneHitAndOneFalsePositive() {
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        ObjectNode prediction = prediction("d1");
        event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 50);
        event(prediction, "p2", "SEIZURE", "ASSERTED", 10, 40);
        EvalReport report = score(gold, prediction);
        assertPrf("SEIZURE", 1, 1, 0, 0.5, 1.0, 2.0 / 3, report.events().get(EventType.SEIZURE));
        // the exact evidence match wins; the other prediction is the false positive
        assertEquals(1, report.eventErrors().size());
        assertEquals("p2", report.eventErrors().get(0).eventId());
        assertEquals(ErrorKind.FALSE_POSITIVE, report.eventErrors().get(0).kind());
    }

    @Test
    void oneWidePredictionMatchesOnlyOneGoldEvent() {
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        event(gold, "g2", "SEIZURE", "ASSERTED", 50, 80);
        ObjectNode prediction = prediction("d1");
        event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 80);
        EvalReport report = score(gold, prediction);
        assertPrf("SEIZURE", 1, 0, 1, 1.0, 0.5, 2.0 / 3, report.events().get(EventType.SEIZURE));
        // g1 overlaps 50 of 80 characters, g2 only 30: g1 is matched
        assertEquals("g2", report.eventErrors().get(0).eventId());
        assertEquals(ErrorKind.FALSE_NEGATIVE, report.eventErrors().get(0).kind());
    }

    @Test
    void bestScoreFirstNotPredictionOrder() {
        ObjectNode gold = gold("d1", "dev");
        ObjectNode g1 = event(gold, "g1", "SEIZURE", "ASSERTED", 0, 100);
        g1.set("vessel", vessel("the Klos C", "Klos C"));
        g1.set("location", party("Eilat", "ISR"));
        event(gold, "g2", "SEIZURE", "ASSERTED", 100, 200);
        ObjectNode prediction = prediction("d1");
        // p1 overlaps both gold events, g1 most; p2 agrees with g1 on two key slots and overlaps it slightly.
        // Taking predictions in order would give g1 to p1 and leave p2 unmatched; best score first gives
        // g1 to p2 (score 2.1) and g2 to p1
        event(prediction, "p1", "SEIZURE", "ASSERTED", 40, 130);
        ObjectNode p2 = event(prediction, "p2", "SEIZURE", "ASSERTED", 90, 100);
        p2.set("vessel", vessel("Klos C", "Klos C"));
        p2.set("location", party("Eilat", "ISR"));
        EvalReport report = score(gold, prediction);
        assertPrf("SEIZURE", 2, 0, 0, 1.0, 1.0, 1.0, report.events().get(EventType.SEIZURE));
    }

    @Test
    void modalityErrorsAreCountedAndListed() {
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g-neg", "SEIZURE", "NEGATED", 0, 40);
        event(gold, "g-hyp", "TRANSFER", "HYPOTHETICAL", 50, 90);
        event(gold, "g-neg2", "SEIZURE", "NEGATED", 100, 140);
        event(gold, "g-asserted", "SEIZURE", "ASSERTED", 150, 190);
        ObjectNode prediction = prediction("d1");
        event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 40);       // modality error
        event(prediction, "p2", "TRANSFER", "ASSERTED", 50, 90);     // modality error
        event(prediction, "p3", "SEIZURE", "NEGATED", 100, 140);     // right, not scored
        event(prediction, "p4", "SEIZURE", "HYPOTHETICAL", 150, 190); // misses an asserted event
        EvalReport report = score(gold, prediction);

        assertPrf("SEIZURE", 0, 1, 1, 0.0, 0.0, 0.0, report.events().get(EventType.SEIZURE));
        assertPrf("TRANSFER", 0, 1, 0, 0.0, null, 0.0, report.events().get(EventType.TRANSFER));
        assertEquals(2, report.modalityErrors().size());
        ModalityError first = report.modalityErrors().get(0);
        assertEquals("g-neg", first.goldEventId());
        assertEquals(Modality.NEGATED, first.goldModality());
        assertEquals("p1", first.predictedEventId());
        assertEquals(Modality.HYPOTHETICAL, report.modalityErrors().get(1).goldModality());
        long flagged = report.eventErrors().stream().filter(EventError::modalityError).count();
        assertEquals(2, flagged);
        assertTrue(report.eventErrors().stream()
                .anyMatch(e -> e.eventId().equals("g-asserted") && e.kind() == ErrorKind.FALSE_NEGATIVE
                        && !e.modalityError()));
    }

    @Test
    void noEventsAnywhereGivesUndefinedFigures() {
        EvalReport report = score(gold("d1", "dev"), prediction("d1"));
        assertPrf("micro", 0, 0, 0, null, null, null, report.eventsMicro());
        assertPrf("slots", 0, 0, 0, null, null, null, report.slotsMicro());
    }

    @Test
    void errorListsQuoteEvidenceWhenTheTextIsKnown() {
        String text = "Customs officers in Busan seized 445 graphite cylinders.";
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, text.length());
        EvalReport report = new Scorer().withDocuments(List.of(Document.of("d1", text)))
                .score(Fixtures.goldSet(gold), Fixtures.predictions(prediction("d1")), Split.ALL);
        assertEquals("\"" + text + "\"", report.eventErrors().get(0).text());
        EvalReport bare = score(gold, prediction("d1"));
        assertEquals("evidence [0, " + text.length() + ")", bare.eventErrors().get(0).text());
        assertFalse(bare.eventErrors().get(0).modalityError());
    }

    @Test
    void precisionIsReportedPerConfidenceBand() {
        ObjectNode gold = gold("d1", "dev");
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, 50);
        event(gold, "g2", "SEIZURE", "ASSERTED", 100, 150);
        ObjectNode prediction = prediction("d1");
        event(prediction, "p1", "SEIZURE", "ASSERTED", 0, 50).put("confidence", 0.85);
        event(prediction, "p2", "SEIZURE", "ASSERTED", 100, 150).put("confidence", 0.64);
        event(prediction, "p3", "SEIZURE", "ASSERTED", 300, 350).put("confidence", 0.6);
        event(prediction, "p4", "SEIZURE", "ASSERTED", 400, 450).put("confidence", 0.3);
        // a NEGATED prediction is not an ASSERTED one: no band counts it
        event(prediction, "p5", "SEIZURE", "NEGATED", 500, 550).put("confidence", 0.9);
        List<ConfidenceBand> bands = score(gold, prediction).confidenceBands();
        assertEquals(List.of(new ConfidenceBand(0.0, 0.6, 1, 0), new ConfidenceBand(0.6, 0.7, 2, 1),
                new ConfidenceBand(0.7, 0.8, 0, 0), new ConfidenceBand(0.8, 1.0, 1, 1)), bands);
        assertEquals(0.5, bands.get(1).precision().getAsDouble(), 1e-9);
        assertFalse(bands.get(2).precision().isPresent());
        assertTrue(score(gold, prediction).toTable().contains("confidence band"));
    }
}
