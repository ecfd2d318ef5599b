package org.interdict.statistical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.Feature;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrfEntityRecognizerTest {

    private static CrfEntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new CrfEntityRecognizer();
    }

    private static List<Entity> recognize(String text, List<Entity> existing) {
        AnalyzedText analyzed = new CoreNlpTextAnalyzer().analyze(text);
        return recognizer.recognize(analyzed, IntStream.range(0, analyzed.sentences().size()).boxed().toList(),
                existing);
    }

    @Test
    void findsPeopleAndPlacesWithOffsetsIntoTheText() {
        String text = "Spokesman Panitan Wattanayagorn said the cargo was unloaded at Ciudad Belgrano on Monday.";
        List<Entity> found = recognize(text, List.of());
        Entity person = found.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("Panitan Wattanayagorn", person.text());
        assertEquals(person.text(), text.substring(person.start(), person.end()));
        assertEquals(CrfEntityRecognizer.SOURCE_VALUE, person.attribute(CrfEntityRecognizer.SOURCE_ATTRIBUTE));
        assertTrue(found.stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.text().contains("Belgrano")),
                found.toString());
    }

    @Test
    void leavesSpansTheGazetteersAlreadyCoveredAlone() {
        String text = "Spokesman Panitan Wattanayagorn said the cargo was unloaded at Ciudad Belgrano on Monday.";
        int start = text.indexOf("Ciudad");
        Entity known = new Entity(EntityType.LOCATION, "Ciudad Belgrano", start, start + 15, "x", "Ciudad Belgrano",
                Map.of());
        List<Entity> found = recognize(text, List.of(known));
        assertFalse(found.stream().anyMatch(e -> e.overlaps(known.start(), known.end())), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.type() == EntityType.PERSON));
    }

    @Test
    void theFeatureAddsModelEntitiesOnlyAroundEvents() {
        Extractor extractor = Extractor.builder().enable(Feature.STATISTICAL_NER).build();
        String text = "Officers led by Colonel Ramon Aquino seized 40 rifles from a truck near Fundacion. "
                + "The weather was calm. Markets were quiet. Schools reopened.\n\nMayor Elena Sorvino opened a library in Pescara the next day.";
        ExtractionResult result = extractor.extract(new Document("ner", text, LocalDate.of(2021, 1, 20), null));
        List<Entity> fromModel = result.entities().stream()
                .filter(e -> CrfEntityRecognizer.SOURCE_VALUE.equals(e.attribute(CrfEntityRecognizer.SOURCE_ATTRIBUTE)))
                .toList();
        assertTrue(fromModel.stream().anyMatch(e -> e.text().equals("Ramon Aquino")), fromModel.toString());
        // the third sentence is outside the event's window: the model never sees it
        assertFalse(fromModel.stream().anyMatch(e -> e.text().contains("Sorvino")), fromModel.toString());
    }
}
