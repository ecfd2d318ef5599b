package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.model.Entity;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.junit.jupiter.api.Test;

class WeaponShapeRecognizerTest {

    private static final CoreNlpTextAnalyzer TEXT = new CoreNlpTextAnalyzer();
    private static final GazetteerMatcher MATCHER = new GazetteerMatcher(Gazetteer.builder()
            .add(new GazetteerEntry("weapon:rocket", EntityType.WEAPON, "rocket", List.of(),
                    Map.of("category", "MISSILE", "generic", "true"), "test", Set.of()))
            .add(new GazetteerEntry("weapon:rafale", EntityType.WEAPON, "Dassault Rafale", List.of("Rafale"),
                    Map.of("category", "COMBAT_AIRCRAFT"), "test", Set.of()))
            .build());

    private static List<String> weapons(String text) {
        AnalyzedText analyzed = TEXT.analyze(text);
        return new WeaponShapeRecognizer().apply(analyzed, MATCHER.match(analyzed)).stream()
                .map(e -> e.text() + (e.attribute("source") == null ? "" : " (" + e.attribute("source") + ")")).toList();
    }

    @Test
    void aDesignationBeforeAClassNounIsOneUnknownWeapon() {
        assertEquals(List.of("M-302 rockets (pattern)", "KN-25 rockets (pattern)", "9M22 rockets (pattern)"),
                weapons("They found M-302 rockets, KN-25 rockets and 9M22 rockets."));
    }

    @Test
    void countsYearsAndLowerCaseWordsAreNotDesignations() {
        assertEquals(List.of("rockets", "rockets", "rockets"), weapons("They found 40 rockets, 2019 rockets and new rockets."));
    }

    @Test
    void roundsAfterACountAreAmmunition() {
        assertEquals(List.of("rockets", "rounds (pattern)", "rounds (pattern)"),
                weapons("They found 40 rockets, 1,400 rounds and 4.2 million rounds in the hold."));
    }

    @Test
    void roundsWithoutACountOrBeforeOfAreNotMarked() {
        assertEquals(List.of(), weapons("A second round of talks and 300 rounds of ammunition; several rounds later."));
    }

    @Test
    void aWeaponFollowedByOneOfItsPartsIsThePart() {
        assertEquals(List.of("rocket warheads (pattern)", "X-1 rocket motors (pattern)", "rockets"),
                weapons("They found rocket warheads, X-1 rocket motors and rockets."));
        AnalyzedText analyzed = TEXT.analyze("15 rocket engines");
        Entity part = new WeaponShapeRecognizer().apply(analyzed, MATCHER.match(analyzed)).get(0);
        assertEquals("rocket engine", part.canonical());
        assertEquals("MISSILE", part.attribute("category"));
        assertEquals(null, part.id(), "a part is not the weapon the gazetteer names");
    }

    @Test
    void aDesignationTakesInTheClassNounAfterIt() {
        AnalyzedText analyzed = TEXT.analyze("India bought 36 Rafale fighter jets; Qatar bought Rafale.");
        List<Entity> found = new WeaponShapeRecognizer().apply(analyzed, MATCHER.match(analyzed));
        assertEquals(List.of("Rafale fighter jets", "Rafale"), found.stream().map(Entity::text).toList());
        assertEquals("weapon:rafale", found.get(0).id(), "still the designated weapon, not a part");
    }

    @Test
    void theClassNounKeepsItsCategory() {
        AnalyzedText analyzed = TEXT.analyze("X-1 rockets");
        Entity entity = new WeaponShapeRecognizer().apply(analyzed, MATCHER.match(analyzed)).get(0);
        assertEquals("MISSILE", entity.attribute("category"));
        assertEquals("X-1", entity.canonical());
    }
}
