package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.Document;
import org.junit.jupiter.api.Test;

/** One small run of the real CoreNLP pipeline (slow to build: a few seconds, about 1 GB of heap). */
class CoreNlpNerBaselineTest {

    @Test
    void findsGazetteerAndCoreNlpEntitiesWithExactOffsets() throws IOException {
        CoreNlpNerBaseline baseline = new CoreNlpNerBaseline(Map.of(
                "Chong Chon Gang", "VESSEL",
                "MiG-21", "WEAPON",
                "Resolution 1718", "TREATY"));
        String text = "Panamanian officials seized the Chong Chon Gang near Colon on Monday. "
                + "It carried two MiG-21 jets from Cuba, breaching resolution 1718, Reuters reported.";
        JsonNode prediction = baseline.predict(Document.of("d1", text));

        assertEquals("d1", prediction.get("docId").asText());
        assertEquals(0, prediction.get("events").size());
        List<String> found = new ArrayList<>();
        Set<String> types = Set.of("VESSEL", "WEAPON", "TREATY", "COUNTRY", "LOCATION", "ORGANIZATION", "PERSON");
        for (JsonNode entity : prediction.get("entities")) {
            int start = entity.get("start").asInt();
            int end = entity.get("end").asInt();
            assertEquals(text.substring(start, end), entity.get("text").asText());
            assertTrue(types.contains(entity.get("type").asText()), entity.toString());
            assertTrue(entity.has("id") && entity.has("canonical") && entity.has("attributes"), entity.toString());
            found.add(entity.get("type").asText() + " " + entity.get("text").asText() + " " + start);
        }
        assertTrue(found.contains("VESSEL Chong Chon Gang 32"), found.toString());
        assertTrue(found.contains("WEAPON MiG-21 85"), found.toString());
        assertTrue(found.contains("TREATY resolution 1718 118"), found.toString()); // case ignored
        assertTrue(found.contains("COUNTRY Cuba 102"), found.toString());
        assertTrue(found.contains("COUNTRY Panamanian 0"), found.toString()); // NATIONALITY -> COUNTRY
        assertTrue(found.contains("ORGANIZATION Reuters 135"), found.toString());
    }

    @Test
    void rejectsUnknownGazetteerTypesBeforeLoadingModels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CoreNlpNerBaseline(Map.of("Fajr-5", "ROCKET")));
        assertTrue(e.getMessage().startsWith("gazetteer phrase \"Fajr-5\" has type \"ROCKET\""), e.getMessage());
    }

    @Test
    void labelMappingAndQuoting() {
        assertEquals("LOCATION", CoreNlpNerBaseline.schemaType("CITY"));
        assertEquals("LOCATION", CoreNlpNerBaseline.schemaType("STATE_OR_PROVINCE"));
        assertEquals("COUNTRY", CoreNlpNerBaseline.schemaType("NATIONALITY"));
        assertNull(CoreNlpNerBaseline.schemaType("MISC"));
        assertNull(CoreNlpNerBaseline.schemaType("DATE"));
        assertEquals("MiG\\-21", CoreNlpNerBaseline.quote("MiG-21"));
        assertEquals("U\\.S\\.", CoreNlpNerBaseline.quote("U.S."));
        assertEquals("1\\s000", CoreNlpNerBaseline.quote("1\u00a0000"));
    }

    @Test
    void hyphenSplitPiecesAreJoinedLikeTheNerAnnotatorDoes() {
        assertEquals(List.of("MiG-21"), CoreNlpNerBaseline.nerWords(tokens("MiG", "", "-", "", "21", "")));
        assertEquals(List.of("North", "Korean-flagged"),
                CoreNlpNerBaseline.nerWords(tokens("North", " ", "Korean", "", "-", "", "flagged", "")));
        assertEquals(List.of("Iran", "-", "based"), CoreNlpNerBaseline.nerWords(tokens("Iran", "", "-", "", "based", "")));
        assertEquals(List.of("Fajr", "-", "5"), CoreNlpNerBaseline.nerWords(tokens("Fajr", " ", "-", " ", "5", "")));
    }

    /** Tokens from (word, text after it) pairs. */
    private static List<edu.stanford.nlp.ling.CoreLabel> tokens(String... wordAndAfter) {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < wordAndAfter.length; i += 2) {
            edu.stanford.nlp.ling.CoreLabel token = new edu.stanford.nlp.ling.CoreLabel();
            token.setWord(wordAndAfter[i]);
            token.setAfter(wordAndAfter[i + 1]);
            tokens.add(token);
        }
        return tokens;
    }
}
