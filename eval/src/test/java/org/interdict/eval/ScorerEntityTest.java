package org.interdict.eval;

import static org.interdict.eval.Fixtures.assertPrf;
import static org.interdict.eval.Fixtures.entity;
import static org.interdict.eval.Fixtures.gold;
import static org.interdict.eval.Fixtures.prediction;
import static org.interdict.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerEntityTest {

    // "Panamanian officials seized the Chong Chon Gang with two MiG-21 jets."
    //  0         11        21     28  32              48   53 57
    private static ObjectNode goldDoc() {
        ObjectNode gold = gold("d1", "dev");
        entity(gold, "COUNTRY", "Panamanian", 0);
        entity(gold, "VESSEL", "Chong Chon Gang", 32);
        entity(gold, "WEAPON", "MiG-21", 57);
        return gold;
    }

    @Test
    void perfectPredictionScoresOneAndIgnoresDateQuantityPerson() {
        ObjectNode prediction = prediction("d1");
        entity(prediction, "COUNTRY", "Panamanian", 0);
        entity(prediction, "VESSEL", "Chong Chon Gang", 32);
        entity(prediction, "WEAPON", "MiG-21", 57);
        entity(prediction, "QUANTITY", "two", 53);
        entity(prediction, "PERSON", "Chong", 32);
        EvalReport report = score(goldDoc(), prediction);
        assertPrf("exact micro", 3, 0, 0, 1.0, 1.0, 1.0, report.entitiesExactMicro());
        assertPrf("partial micro", 3, 0, 0, 1.0, 1.0, 1.0, report.entitiesPartialMicro());
        assertPrf("VESSEL", 1, 0, 0, 1.0, 1.0, 1.0, report.entitiesExact().get(EntityType.VESSEL));
        assertPrf("TREATY", 0, 0, 0, null, null, null, report.entitiesExact().get(EntityType.TREATY));
        assertEquals(List.of(), report.entityErrors());
    }

    @Test
    void boundaryErrorIsWrongExactlyButRightPartially() {
        ObjectNode prediction = prediction("d1");
        entity(prediction, "COUNTRY", "Panamanian", 0);
        entity(prediction, "VESSEL", "the Chong Chon Gang", 28);
        entity(prediction, "WEAPON", "MiG-21", 57);
        EvalReport report = score(goldDoc(), prediction);
        assertPrf("exact VESSEL", 0, 1, 1, 0.0, 0.0, 0.0, report.entitiesExact().get(EntityType.VESSEL));
        assertPrf("partial VESSEL", 1, 0, 0, 1.0, 1.0, 1.0, report.entitiesPartial().get(EntityType.VESSEL));
        assertPrf("exact micro", 2, 1, 1, 2.0 / 3, 2.0 / 3, 2.0 / 3, report.entitiesExactMicro());
        assertEquals(List.of(
                new EntityError("d1", ErrorKind.FALSE_POSITIVE, EntityType.VESSEL, "the Chong Chon Gang",
                        new Span(28, 47), true),
                new EntityError("d1", ErrorKind.FALSE_NEGATIVE, EntityType.VESSEL, "Chong Chon Gang",
                        new Span(32, 47), true)),
                report.entityErrors());
    }

    @Test
    void duplicatesAreNotCountedTwice() {
        ObjectNode gold = goldDoc();
        entity(gold, "VESSEL", "Chong Chon Gang", 32); // annotated twice by mistake
        ObjectNode prediction = prediction("d1");
        entity(prediction, "VESSEL", "Chong Chon Gang", 32);
        entity(prediction, "VESSEL", "Chong Chon Gang", 32);
        entity(prediction, "VESSEL", "Chong Chon Gang", 32);
        EvalReport report = score(gold, prediction);
        assertPrf("exact VESSEL", 1, 0, 0, 1.0, 1.0, 1.0, report.entitiesExact().get(EntityType.VESSEL));
        assertPrf("partial VESSEL", 1, 0, 0, 1.0, 1.0, 1.0, report.entitiesPartial().get(EntityType.VESSEL));
        assertPrf("exact micro", 1, 0, 2, 1.0, 1.0 / 3, 0.5, report.entitiesExactMicro());
    }

    @Test
    void partialMatchingIsOneToOne() {
        ObjectNode gold = gold("d1", "dev");
        entity(gold, "LOCATION", "Port Sudan", 10);
        ObjectNode prediction = prediction("d1");
        entity(prediction, "LOCATION", "Port", 10);
        entity(prediction, "LOCATION", "Sudan", 15);
        EvalReport report = score(gold, prediction);
        assertPrf("partial LOCATION", 1, 1, 0, 0.5, 1.0, 2.0 / 3, report.entitiesPartial().get(EntityType.LOCATION));
        assertPrf("exact LOCATION", 0, 2, 1, 0.0, 0.0, 0.0, report.entitiesExact().get(EntityType.LOCATION));
        // "Sudan" has the higher overlap ratio (5/10 against 4/10) and takes the gold mention
        List<EntityError> errors = report.entityErrors();
        assertEquals(3, errors.size());
        assertEquals("Port", errors.get(0).text());
        assertEquals(false, errors.get(0).boundary());
        assertEquals("Sudan", errors.get(1).text());
        assertEquals(true, errors.get(1).boundary());
    }

    @Test
    void wrongTypeIsOneFalsePositiveAndOneFalseNegative() {
        ObjectNode gold = gold("d1", "dev");
        entity(gold, "COUNTRY", "Panama", 0);
        ObjectNode prediction = prediction("d1");
        entity(prediction, "LOCATION", "Panama", 0);
        EvalReport report = score(gold, prediction);
        assertPrf("COUNTRY", 0, 0, 1, null, 0.0, 0.0, report.entitiesPartial().get(EntityType.COUNTRY));
        assertPrf("LOCATION", 0, 1, 0, 0.0, null, 0.0, report.entitiesPartial().get(EntityType.LOCATION));
    }

    @Test
    void missingPredictionsUnknownDocumentsAndSplits() {
        ObjectNode dev = goldDoc();
        ObjectNode test = gold("d2", "test");
        entity(test, "COUNTRY", "Iran", 0);
        ObjectNode stray = prediction("not-in-gold");
        entity(stray, "COUNTRY", "Iran", 0);
        ObjectNode d2 = prediction("d2");
        entity(d2, "COUNTRY", "Iran", 0);
        GoldSet goldSet = Fixtures.goldSet(dev, test);
        Map<String, com.fasterxml.jackson.databind.JsonNode> predictions = Fixtures.predictions(stray, d2);

        EvalReport devReport = new Scorer().score(goldSet, predictions, Split.DEV);
        assertEquals(List.of("d1"), devReport.documents());
        assertEquals(List.of("d1"), devReport.documentsWithoutPrediction());
        assertEquals(List.of("not-in-gold"), devReport.predictionsWithoutGold());
        assertPrf("dev micro", 0, 0, 3, null, 0.0, 0.0, devReport.entitiesExactMicro());

        EvalReport testReport = new Scorer().score(goldSet, predictions, Split.TEST);
        assertPrf("test micro", 1, 0, 0, 1.0, 1.0, 1.0, testReport.entitiesExactMicro());

        EvalReport all = new Scorer().score(goldSet, predictions, Split.ALL);
        assertPrf("all micro", 1, 0, 3, 1.0, 0.25, 0.4, all.entitiesExactMicro());
    }

    @Test
    void malformedPredictionFailsWithDocIdAndPath() {
        ObjectNode prediction = prediction("d1");
        entity(prediction, "VESSEL", "Chong Chon Gang", 32);
        ((ObjectNode) prediction.get("entities").get(0)).put("end", 40);
        PredictionFormatException e = assertThrows(PredictionFormatException.class,
                () -> score(goldDoc(), prediction));
        assertEquals("d1", e.docId());
        assertTrue(e.reason().startsWith("entities[0]: text \"Chong Chon Gang\" has 15 characters"), e.reason());

        ObjectNode wrongId = prediction("d9");
        PredictionFormatException mismatch = assertThrows(PredictionFormatException.class,
                () -> new Scorer().score(Fixtures.goldSet(goldDoc()), Map.of("d1", wrongId), Split.ALL));
        assertEquals("docId is \"d9\" but it was given under \"d1\"", mismatch.reason());

        ObjectNode badType = prediction("d1");
        entity(badType, "SHIP", "Chong Chon Gang", 32);
        PredictionFormatException unknown = assertThrows(PredictionFormatException.class,
                () -> score(goldDoc(), badType));
        assertTrue(unknown.reason().startsWith("entities[0].type: unknown value \"SHIP\""), unknown.reason());
    }
}
