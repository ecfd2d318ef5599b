package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.interdict.Document;
import org.junit.jupiter.api.Test;

class KeywordSentenceBaselineTest {

    private final KeywordSentenceBaseline baseline = new KeywordSentenceBaseline();

    /** type, evidence text: one row per event, in order; fails on any extra or missing event. */
    private static void assertEvents(String text, JsonNode prediction, String... typeAndEvidence) {
        JsonNode events = prediction.get("events");
        List<String> actual = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode span = event.get("evidence").get(0);
            actual.add(event.get("type").asText());
            actual.add(text.substring(span.get("start").asInt(), span.get("end").asInt()));
        }
        assertEquals(List.of(typeAndEvidence), actual);
    }

    @Test
    void oneEventPerSentenceAndType() {
        String text = "Customs officers seized 20 rifles at the port. The ship sailed on.\n"
                + "Iran supplied the rockets, and Panama confiscated them.";
        JsonNode prediction = baseline.predict(Document.of("d1", text));
        assertEvents(text, prediction,
                "SEIZURE", "Customs officers seized 20 rifles at the port.",
                "SEIZURE", "Iran supplied the rockets, and Panama confiscated them.",
                "TRANSFER", "Iran supplied the rockets, and Panama confiscated them.");
        assertEquals("d1#k1", prediction.get("events").get(0).get("id").asText());
        assertEquals("d1#k3", prediction.get("events").get(2).get("id").asText());
        assertEquals(0, prediction.get("entities").size());
    }

    @Test
    void inflectionsMatchAndNounsOfShipDoNot() {
        String text = "The dhow was INTERDICTED. They were seizing cargo. Russia sold jets. "
                + "The ship docked. Ships and shipping lanes. A seizure took place. Arms were shipped.";
        assertEvents(text, baseline.predict(Document.of("d1", text)),
                "SEIZURE", "The dhow was INTERDICTED.",
                "SEIZURE", "They were seizing cargo.",
                "TRANSFER", "Russia sold jets.",
                "TRANSFER", "Arms were shipped.");
    }

    @Test
    void everyFieldOfTheSchemaIsPresent() {
        ObjectNode prediction = (ObjectNode) baseline.predict(
                new Document("d1", "Police impounded the truck.", java.time.LocalDate.of(2020, 1, 2), null));
        assertEquals("2020-01-02", prediction.get("published").asText());
        JsonNode event = prediction.get("events").get(0);
        for (String field : AnnotationReader.EVENT_FIELDS) {
            assertTrue(event.has(field), field);
        }
        assertTrue(event.get("cargo").isArray());
        assertTrue(event.get("vessel").isNull());
        assertEquals(KeywordSentenceBaseline.CONFIDENCE, event.get("confidence").asDouble());
        assertEquals("ASSERTED", event.get("modality").asText());
    }

    @Test
    void noSentencesNoEvents() {
        assertEvents("", baseline.predict(Document.of("d1", "")));
        assertEvents(" \n\n ", baseline.predict(Document.of("d1", " \n\n ")));
    }

    private static final String[] WORDS = {"the", "ship", "Customs", "seized", "rifles", "in", "Busan", "sold",
        "exports", "U.S.", "officials", "said", "delivering", "detains", "cargo", "of", "shipping", "ships", "a",
        "supplies", "Mr.", "impound", "\u00e9t\u00e9", "\uD83D\uDEA2"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\r\n", "  ", ".\n\n"};
    private static final Pattern SEIZURE = Pattern.compile(
            "(?i)\\b(seiz|confiscat|intercept|impound|detain|interdict)");
    private static final Pattern TRANSFER = Pattern.compile("(?i)\\b(export|sell|sold|suppl|deliver|shipped)");

    @Test
    void randomTextsGiveWellFormedPredictionsThatScorePerfectlyAgainstThemselves() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        try {
            for (int round = 0; round < 200; round++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                String docText = text.toString();
                ObjectNode prediction = (ObjectNode) baseline.predict(Document.of("r" + round, docText));
                List<Span> previous = new ArrayList<>();
                for (JsonNode event : prediction.get("events")) {
                    int start = event.get("evidence").get(0).get("start").asInt();
                    int end = event.get("evidence").get(0).get("end").asInt();
                    assertTrue(0 <= start && start < end && end <= docText.length(), "span in text");
                    String sentence = docText.substring(start, end);
                    assertEquals(sentence.strip(), sentence, "evidence is trimmed");
                    Pattern verbs = event.get("type").asText().equals("SEIZURE") ? SEIZURE : TRANSFER;
                    assertTrue(verbs.matcher(sentence).find(), "evidence has a verb: " + sentence);
                    previous.add(new Span(start, end));
                }
                ObjectNode asGold = prediction.deepCopy();
                asGold.put("split", "dev");
                EvalReport report = new Scorer().score(Fixtures.goldSet(asGold),
                        Map.of("r" + round, prediction), Split.ALL);
                assertEquals(new Prf(previous.size(), 0, 0), report.eventsMicro());
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("random test failed with seed " + seed + "L", e);
        }
    }
}
