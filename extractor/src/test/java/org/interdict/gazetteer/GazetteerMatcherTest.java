package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.interdict.gazetteers.EntityType;
import org.interdict.gazetteers.Gazetteer;
import org.interdict.gazetteers.GazetteerEntry;
import org.interdict.gazetteers.MatchFlag;
import org.interdict.model.Entity;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {

    private static final TextAnalyzer TEXT = new CoreNlpTextAnalyzer();
    private static final GazetteerMatcher MATCHER = new GazetteerMatcher(Gazetteer.builder()
            .add(entry("PRK", EntityType.COUNTRY, "North Korea", List.of("North Korean", "DPRK")))
            .add(entry("USA", EntityType.COUNTRY, "United States", List.of("US", "U.S.")))
            .add(entry("weapon:scud-b", EntityType.WEAPON, "Scud-B", List.of("Hwasong-5")))
            .add(entry("weapon:sam", EntityType.WEAPON, "surface-to-air missile", List.of()))
            .add(new GazetteerEntry("weapon:missile", EntityType.WEAPON, "missile", List.of(),
                    Map.of("generic", "true"), "test", Set.of()))
            .add(entry("vessel:chong-chon-gang", EntityType.VESSEL, "Chong Chon Gang", List.of()))
            .add(new GazetteerEntry("vessel:light", EntityType.VESSEL, "Light", List.of(), Map.of(), "test",
                    Set.of(MatchFlag.NEEDS_CUE)))
            .add(new GazetteerEntry("place:nice", EntityType.LOCATION, "Nice", List.of(), Map.of(), "test",
                    Set.of(MatchFlag.CASE_SENSITIVE)))
            .add(entry("place:ciudad-del-este", EntityType.LOCATION, "Ciudad del Este", List.of()))
            .add(entry("place:sao-tome", EntityType.LOCATION, "São Tomé", List.of()))
            .build());

    private static GazetteerEntry entry(String id, EntityType type, String canonical, List<String> aliases) {
        return new GazetteerEntry(id, type, canonical, aliases, Map.of(), "test entry", Set.of());
    }

    /** Asserts the exact mentions, in order: "TYPE:text@start" each; nothing else may match. */
    private static void assertMentions(String text, String... expected) {
        List<Entity> found = MATCHER.match(TEXT.analyze(text));
        List<String> actual = new ArrayList<>();
        for (Entity entity : found) {
            assertEquals(text.substring(entity.start(), entity.end()), entity.text());
            actual.add(entity.type() + ":" + entity.text() + "@" + entity.start());
        }
        assertEquals(List.of(expected), actual, text);
    }

    @Test
    void foldsCaseHyphensAndPlurals() {
        assertMentions("SCUD B and Scud-B and scud b",
                "WEAPON:SCUD B@0", "WEAPON:Scud-B@11", "WEAPON:scud b@22");
        assertMentions("surface to air missiles and Surface-to-Air Missiles",
                "WEAPON:surface to air missiles@0", "WEAPON:Surface-to-Air Missiles@28");
    }

    @Test
    void foldsUnicodeDashesAndDiacritics() {
        assertMentions("a Scud\u2011B near Sao Tome and São Tomé",
                "WEAPON:Scud\u2011B@2", "LOCATION:Sao Tome@14", "LOCATION:São Tomé@27");
    }

    @Test
    void aDesignationAndItsClassNounAreOneMention() {
        assertMentions("Scud-B missiles and missiles", "WEAPON:Scud-B missiles@0", "WEAPON:missiles@20");
    }

    @Test
    void longestMatchWins() {
        assertMentions("North Korean surface-to-air missiles", "COUNTRY:North Korean@0",
                "WEAPON:surface-to-air missiles@13");
    }

    @Test
    void findsNamesInsideHyphenatedCompoundsAndPossessives() {
        assertMentions("the North Korean-flagged Chong Chon Gang", "COUNTRY:North Korean@4", "VESSEL:Chong Chon Gang@25");
        assertMentions("North Korea's missiles", "COUNTRY:North Korea@0", "WEAPON:missiles@14");
    }

    @Test
    void shortAcronymsNeedUpperCase() {
        assertMentions("the US and the U.S. told us", "COUNTRY:US@4", "COUNTRY:U.S.@15");
    }

    @Test
    void caseSensitiveEntriesNeedExactCase() {
        assertMentions("a nice day in Nice", "LOCATION:Nice@14");
    }

    @Test
    void ambiguousVesselNamesNeedACue() {
        assertMentions("the light was on; the MV Light sailed; the vessel Light (IMO 8606173)",
                "VESSEL:Light@25", "VESSEL:Light@50");
    }

    @Test
    void randomTextNeverBreaksOffsets() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] words = {"Scud", "B", "-", "North", "Korean", "missiles", "the", "MV", "Light", "US", "us", ".",
                "surface", "to", "air", "Chong", "Chon", "Gang", "'s", "é", "\u2013", "  ", "\n"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(40); i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            String s = text.toString();
            try {
                int previousEnd = 0;
                for (Entity entity : MATCHER.match(TEXT.analyze(s))) {
                    assertTrue(entity.start() >= previousEnd, "overlap");
                    assertEquals(s.substring(entity.start(), entity.end()), entity.text());
                    previousEnd = entity.end();
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", text: " + s, e);
            }
        }
    }
}
