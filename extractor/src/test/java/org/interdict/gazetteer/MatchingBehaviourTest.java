package org.interdict.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.interdict.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The matching behaviours {@link GazetteerMatcherTest} does not cover, through the matcher and the vessel
 * cue recognizer together, the way the extractor runs them.
 */
class MatchingBehaviourTest {

    private static final TextAnalyzer TEXT = new CoreNlpTextAnalyzer();
    private static final GazetteerMatcher MATCHER = new GazetteerMatcher(Gazetteer.builder()
            .add(entry("PRK", EntityType.COUNTRY, "North Korea", List.of("North Korean"), Map.of(), Set.of()))
            .add(entry("TGO", EntityType.COUNTRY, "Togo", List.of("Togolese"), Map.of(), Set.of()))
            .add(entry("USA", EntityType.COUNTRY, "United States", List.of("US"), Map.of(), Set.of()))
            .add(entry("EGY", EntityType.COUNTRY, "Egypt", List.of("Egyptian"), Map.of(), Set.of()))
            .add(entry("org:us-navy", EntityType.ORGANIZATION, "US Navy", List.of(), Map.of("kind", "navy"), Set.of()))
            .add(entry("SGP", EntityType.COUNTRY, "Singapore", List.of(), Map.of(), Set.of()))
            .add(entry("SDN", EntityType.COUNTRY, "Sudan", List.of("the Sudan"), Map.of(), Set.of()))
            .add(entry("org:sla", EntityType.ORGANIZATION, "Sudan Liberation Army", List.of(), Map.of("kind", "armed-group",
                    "group", "Sudan Liberation Army"), Set.of()))
            .add(entry("place:singapore", EntityType.LOCATION, "Singapore", List.of(), Map.of("kind", "city"), Set.of()))
            .add(entry("place:darwin", EntityType.LOCATION, "Darwin", List.of(), Map.of("kind", "port"), Set.of()))
            .add(entry("place:al-qaim", EntityType.LOCATION, "Al-Qa'im", List.of(), Map.of(), Set.of()))
            .add(entry("place:washington", EntityType.LOCATION, "Washington", List.of(), Map.of(), Set.of(MatchFlag.CASE_SENSITIVE)))
            .add(entry("place:nice", EntityType.LOCATION, "Nice", List.of(), Map.of(), Set.of(MatchFlag.CASE_SENSITIVE)))
            .add(entry("org:example-trading", EntityType.ORGANIZATION, "Example Trading Co.", List.of(), Map.of(), Set.of()))
            .add(entry("org:cma-cgm", EntityType.ORGANIZATION, "CMA CGM", List.of(), Map.of("kind", "company"), Set.of()))
            .add(entry("weapon:sa-7", EntityType.WEAPON, "SA-7", List.of("Strela-2"), Map.of(), Set.of()))
            .add(entry("weapon:ak-47", EntityType.WEAPON, "AK-47", List.of(), Map.of(), Set.of(MatchFlag.CASE_SENSITIVE)))
            .add(entry("weapon:detonator", EntityType.WEAPON, "detonator", List.of("blasting cap"), Map.of("generic", "true"), Set.of()))
            .add(entry("weapon:machine-gun", EntityType.WEAPON, "machine gun", List.of(), Map.of("generic", "true"), Set.of()))
            .add(entry("weapon:heavy-machine-gun", EntityType.WEAPON, "heavy machine gun", List.of(), Map.of("generic", "true"), Set.of()))
            .add(entry("weapon:small-arms", EntityType.WEAPON, "small arms", List.of(), Map.of("generic", "true"), Set.of()))
            .add(entry("weapon:ammunition", EntityType.WEAPON, "ammunition", List.of(), Map.of("generic", "true"), Set.of()))
            .add(entry("weapon:sam", EntityType.WEAPON, "surface-to-air missile", List.of("SAM"), Map.of("generic", "true"), Set.of()))
            .add(entry("vessel:chong-chon-gang", EntityType.VESSEL, "Chong Chon Gang", List.of(), Map.of("imo", "7937317"), Set.of()))
            .add(entry("vessel:light", EntityType.VESSEL, "Light", List.of(), Map.of(), Set.of(MatchFlag.NEEDS_CUE)))
            .build(), TEXT);
    private static final VesselCueRecognizer VESSELS = new VesselCueRecognizer();

    private static GazetteerEntry entry(String id, EntityType type, String canonical, List<String> aliases,
            Map<String, String> attributes, Set<MatchFlag> flags) {
        return new GazetteerEntry(id, type, canonical, aliases, attributes, "test entry", flags);
    }

    /** The gazetteer mentions, then the vessels found by cue, as the extractor combines them. */
    private static List<Entity> entities(String text) {
        AnalyzedText analyzed = TEXT.analyze(text);
        return VESSELS.apply(analyzed, MATCHER.match(analyzed));
    }

    /**
     * Asserts the exact entities in order, each "TYPE:text@start" or, for a gazetteer entry,
     * "TYPE:text@start=id"; nothing else may be found, and every text must be the text at its offsets.
     */
    private static List<Entity> assertEntities(String text, String... expected) {
        List<Entity> found = entities(text);
        List<String> actual = new ArrayList<>();
        for (Entity entity : found) {
            assertEquals(text.substring(entity.start(), entity.end()), entity.text(), "offsets of " + entity);
            actual.add(entity.type() + ":" + entity.text() + "@" + entity.start() + (entity.id() == null ? "" : "=" + entity.id()));
        }
        assertEquals(List.of(expected), actual, text);
        return found;
    }

    /** As {@link #assertEntities}, for entities that share a start (nested mentions), whose order is not fixed. */
    private static List<Entity> assertEntitiesInAnyOrder(String text, String... expected) {
        List<Entity> found = entities(text);
        List<String> actual = new ArrayList<>();
        for (Entity entity : found) {
            assertEquals(text.substring(entity.start(), entity.end()), entity.text(), "offsets of " + entity);
            actual.add(entity.type() + ":" + entity.text() + "@" + entity.start() + (entity.id() == null ? "" : "=" + entity.id()));
        }
        assertEquals(new java.util.TreeSet<>(List.of(expected)), new java.util.TreeSet<>(actual), text);
        assertEquals(expected.length, actual.size(), text + ": " + actual);
        return found;
    }

    @Test
    void possessivesMatchTheNameWithoutTheirEnding() {
        assertEntities("the Chong Chon Gang's crew", "VESSEL:Chong Chon Gang@4=vessel:chong-chon-gang");
        assertEntities("the Chong Chon Gang\u2019s crew", "VESSEL:Chong Chon Gang@4=vessel:chong-chon-gang");
        assertEntities("North Korea\u2019s Strela-2", "COUNTRY:North Korea@0=PRK", "WEAPON:Strela-2@14=weapon:sa-7");
    }

    @Test
    void whatIsBoardedIsAShipUnlessAGazetteerKnowsTheName() {
        assertEntities("Police boarded the Captain Ufuk at dawn.", "VESSEL:Captain Ufuk@19");
        assertEntities("Police boarded the Darwin ferry.", "LOCATION:Darwin@19=place:darwin");
        assertEntities("Police boarded the train.");
    }

    @Test
    void aShipNamedInAppositionAfterItsNounIsAShip() {
        assertEntities("They detained a dhow, the Al Rahman 2, near the coast.", "VESSEL:Al Rahman 2@26");
        assertEntities("Grenades were found aboard a ferry, the Sea Jasmine, which had sailed at night.",
                "VESSEL:Sea Jasmine@40");
        // a ship noun and an article that open no name
        assertEntities("They stopped a dhow, the crew said.");
    }

    @Test
    void aDesignationsPluralIsTheDesignation() {
        assertEntities("1,500 AK-47s", "WEAPON:AK-47s@6=weapon:ak-47");
    }

    @Test
    void theFewFourLetterPluralsOfArmsWordsMatchTheirSingular() {
        assertEntities("12 machine guns", "WEAPON:machine guns@3=weapon:machine-gun");
        assertEntities("12 heavy machine guns", "WEAPON:heavy machine guns@3=weapon:heavy-machine-gun");
        assertEntities("300 blasting caps", "WEAPON:blasting caps@4=weapon:detonator");
        // other short words ending in s stay as written: "arms" is no plural of "arm"
        assertEntities("small arms", "WEAPON:small arms@0=weapon:small-arms");
    }

    @Test
    void unicodeQuotesAroundAndInsideNames() {
        assertEntities("the \u201cChong Chon Gang\u201d and the \u2018Chong Chon Gang\u2019",
                "VESSEL:Chong Chon Gang@5=vessel:chong-chon-gang", "VESSEL:Chong Chon Gang@31=vessel:chong-chon-gang");
        // a name written with an apostrophe matches the typographic apostrophe and the modifier letter
        assertEntities("Al-Qa\u2019im, Al-Qa'im and Al-Qa\u02BCim", "LOCATION:Al-Qa\u2019im@0=place:al-qaim",
                "LOCATION:Al-Qa'im@10=place:al-qaim", "LOCATION:Al-Qa\u02BCim@23=place:al-qaim");
    }

    @Test
    void surfaceToAirVariants() {
        for (String variant : List.of("surface-to-air missile", "surface to air missiles", "Surface\u2013to\u2013Air Missiles",
                "surface\u2011to\u2011air missile", "SURFACE-TO-AIR MISSILES", "surface-to air missile", "surface-to-air\nmissiles")) {
            assertEntities("seized " + variant + " there", "WEAPON:" + variant + "@7=weapon:sam");
        }
        // the short acronym matches in capitals only
        assertEntities("the SAM and the sam", "WEAPON:SAM@4=weapon:sam");
    }

    @Test
    void aDesignationJoinsItsClassNounAcrossAtMostTwoLowerCaseModifiers() {
        assertEntities("SA-7 surface-to-air missiles", "WEAPON:SA-7 surface-to-air missiles@0=weapon:sa-7");
        assertEntities("SA-7 shoulder-fired surface-to-air missiles",
                "WEAPON:SA-7 shoulder-fired surface-to-air missiles@0=weapon:sa-7");
        assertEntities("SA-7 old portable surface-to-air missiles",
                "WEAPON:SA-7 old portable surface-to-air missiles@0=weapon:sa-7");
        assertEntities("SA-7 very old portable surface-to-air missiles", "WEAPON:SA-7@0=weapon:sa-7",
                "WEAPON:surface-to-air missiles@23=weapon:sam");
        assertEntities("SA-7 and surface-to-air missiles", "WEAPON:SA-7@0=weapon:sa-7",
                "WEAPON:surface-to-air missiles@9=weapon:sam");
        assertEntities("SA-7, surface-to-air missiles", "WEAPON:SA-7@0=weapon:sa-7", "WEAPON:surface-to-air missiles@6=weapon:sam");
        assertEntities("surface-to-air missiles SA-7", "WEAPON:surface-to-air missiles@0=weapon:sam", "WEAPON:SA-7@24=weapon:sa-7");
    }

    @Test
    void aCountryInsideAnOrganisationNameIsAMentionToo() {
        assertEntitiesInAnyOrder("the US Navy said", "ORGANIZATION:US Navy@4=org:us-navy", "COUNTRY:US@4=USA");
    }

    @Test
    void aCountryAndAGenericBodyAreAnOrganisationOfThatCountry() {
        List<Entity> found = assertEntitiesInAnyOrder("Egyptian police and Egypt's navy said", "COUNTRY:Egyptian@0=EGY",
                "ORGANIZATION:Egyptian police@0", "COUNTRY:Egypt@20=EGY", "ORGANIZATION:Egypt's navy@20");
        for (Entity entity : found) {
            if (entity.type() == EntityType.ORGANIZATION) {
                assertEquals(Map.of("country", "EGY", "source", "pattern"), entity.attributes(), entity.toString());
                assertNull(entity.id());
            }
        }
        assertEntities("Egypt police", "COUNTRY:Egypt@0=EGY", "ORGANIZATION:Egypt police@0");
        assertEntities("Egypt and its police", "COUNTRY:Egypt@0=EGY");
    }

    @Test
    void aNameClaimedByTwoTypesGoesToTheFirstTypeInPriority() {
        assertEntities("Singapore", "COUNTRY:Singapore@0=SGP");
    }

    @Test
    void datelineCapitalsMatchLongCaseSensitiveNamesOnly() {
        assertEntities("WASHINGTON - in Washington, not washington", "LOCATION:WASHINGTON@0=place:washington",
                "LOCATION:Washington@16=place:washington");
        assertEntities("NICE - in Nice", "LOCATION:Nice@10=place:nice");
    }

    @Test
    void aNameEndingInAnAbbreviationKeepsItsPoint() {
        assertEntities("Example Trading Co. said", "ORGANIZATION:Example Trading Co.@0=org:example-trading");
    }

    @Test
    void anAirCarrierIsNoShip() {
        assertEntities("operated by the private carrier Yas Air");
        assertEntities("operated by the carrier Nordic Star", "VESSEL:Nordic Star@24");
        // a shipping line the gazetteer knows is the company, not one of its ships
        assertEntities("operated by the carrier CMA CGM", "ORGANIZATION:CMA CGM@24=org:cma-cgm");
    }

    @Test
    void anImoNumberWithAValidCheckDigitIsACue() {
        List<Entity> found = assertEntities("Anything (IMO 9144718) docked", "VESSEL:Anything@0");
        assertEquals(Map.of("source", "pattern", "imo", "9144718"), found.get(0).attributes());
        assertEquals("Anything", found.get(0).canonical());
        assertNull(found.get(0).id());
        // one digit off: not an IMO number, so no cue and no vessel
        assertEntities("Anything (IMO 9144719) docked");
    }

    @Test
    void anImoNumberAfterANamedVesselBecomesItsAttributeOnlyWhenValid() {
        List<Entity> valid = assertEntities("the vessel Anything (IMO 9144718)", "VESSEL:Anything@11");
        assertEquals("9144718", valid.get(0).attribute("imo"));
        List<Entity> invalid = assertEntities("the vessel Anything (IMO 9144719)", "VESSEL:Anything@11");
        assertNull(invalid.get(0).attribute("imo"));
        List<Entity> comma = assertEntities("MV Anything, IMO 9144718, sailed", "VESSEL:Anything@3");
        assertEquals("9144718", comma.get(0).attribute("imo"));
    }

    @Test
    void aFlagCompoundIsAVesselCue() {
        List<Entity> found = assertEntities("the Togo-flagged Anything sailed", "COUNTRY:Togo@4=TGO", "VESSEL:Anything@17");
        assertEquals(Map.of("source", "pattern"), found.get(1).attributes());
        assertEntities("the Togolese-flagged cargo ship Anything", "COUNTRY:Togolese@4=TGO", "VESSEL:Anything@32");
        // the same cue lets an ambiguous gazetteer name match
        assertEntities("the Togo-flagged Light sailed", "COUNTRY:Togo@4=TGO", "VESSEL:Light@17=vessel:light");
        assertEntities("the light sailed");
    }

    @Test
    void boardingOrSeizingTheNamedShipIsACueForAKnownName() {
        assertEntities("Commandos boarded the Light at dawn", "VESSEL:Light@22=vessel:light");
        assertEntities("Rifles were found aboard the Light", "VESSEL:Light@29=vessel:light");
        // only right before the name: a verb further away, or a place after "in", is no cue
        assertEntities("Police seized rifles in the light of day");
    }

    @Test
    void aShipReadOnceByItsCueIsTheSameShipWhereItsNameComesBack() {
        assertEntities("Commandos boarded the Light. The Light carried rifles",
                "VESSEL:Light@22=vessel:light", "VESSEL:Light@33=vessel:light");
        // written the same way only, and only once a cue has named it
        assertEntities("Commandos boarded the Light. Then the light faded", "VESSEL:Light@22=vessel:light");
        assertEntities("The Light carried rifles");
    }

    @Test
    void aMerchantPrefixNamesTheVesselWithoutThePrefix() {
        List<Entity> found = assertEntities("MV Anything sailed", "VESSEL:Anything@3");
        assertEquals(Map.of("source", "pattern"), found.get(0).attributes());
        assertEntities("the M.V. Jihan 1 and the MT Other Name", "VESSEL:Jihan 1@9", "VESSEL:Other Name@28");
        // the prefix and the name must be capitalised
        assertEntities("mv Anything and MV anything");
        // a strong cue wins over a place name; without it the place stays
        assertEntities("the MV Darwin left the port of Darwin", "VESSEL:Darwin@7", "LOCATION:Darwin@31=place:darwin");
    }

    @Test
    void aNavyPrefixMarksTheNavyAndItsFlag() {
        List<Entity> found = assertEntities("USS Farragut and HMAS Darwin", "VESSEL:Farragut@4", "VESSEL:Darwin@22");
        assertEquals(Map.of("source", "pattern", "navy", "USA", "flag", "USA"), found.get(0).attributes());
        assertEquals(Map.of("source", "pattern", "navy", "AUS", "flag", "AUS"), found.get(1).attributes());
        List<Entity> merchant = assertEntities("MV Farragut", "VESSEL:Farragut@3");
        assertNull(merchant.get(0).attribute("navy"));
        // coast guards' prefixes too
        List<Entity> coastGuard = assertEntities("ICGS Arinjay and USCGC Munro", "VESSEL:Arinjay@5", "VESSEL:Munro@23");
        assertEquals("IND", coastGuard.get(0).attribute("navy"));
        assertEquals("USA", coastGuard.get(1).attribute("navy"));
    }

    @Test
    void aNavalShipNounOrANavysPossessiveMarksAWarship() {
        List<Entity> patrol = entities("The US patrol ship Sirocco stopped a dhow.");
        assertEquals("USA", vessel(patrol, "Sirocco").attribute("navy"));
        List<Entity> possessive = entities("The Egyptian navy's Provence spotted a dhow.");
        assertEquals("EGY", vessel(possessive, "Provence").attribute("navy"));
        List<Entity> cargo = entities("The cargo ship Sirocco left port.");
        assertNull(vessel(cargo, "Sirocco").attribute("navy"));
    }

    private static Entity vessel(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.type() == org.interdict.gazetteers.EntityType.VESSEL && e.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(text + " not a vessel in " + entities));
    }

    @Test
    void randomTextNeverBreaksTheVesselRecognizer() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] words = {"MV", "M.V.", "mv", "USS", "HMAS", "the", "The", "a", "vessel", "ship", "freighter", "named",
                "called", "Togo-flagged", "-flagged", "Togo", "(", ")", "IMO", "imo", "9144718", "9144719", "7937317",
                "1", "12345", "Anything", "Light", "Darwin", "Chong", "Chon", "Gang", "'s", "\u2019s", "de", "al", ",",
                ".", "\u201c", "\u201d", "-", "\u2013", "é", "  ", "\n", "I", "On", "Monday"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String s = text.toString();
            try {
                int previousStart = 0;
                for (Entity entity : entities(s)) {
                    assertTrue(entity.start() >= 0 && entity.end() <= s.length(), "offsets outside the text: " + entity);
                    assertEquals(s.substring(entity.start(), entity.end()), entity.text());
                    assertTrue(entity.start() >= previousStart, "not in text order: " + entity);
                    if (entity.type() == EntityType.VESSEL && entity.id() == null) {
                        assertTrue(Character.isUpperCase(entity.text().charAt(0)) || Character.isDigit(entity.text().charAt(0)),
                                "a cue vessel must start with a capital or a number: " + entity);
                        String imo = entity.attribute("imo");
                        assertTrue(imo == null || VesselCueRecognizer.isValidImo(imo), "invalid IMO " + imo);
                    }
                    previousStart = entity.start();
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", round " + round + ", text: " + s, e);
            }
        }
    }

    @Test
    void aNameThatStartsWithItsArticleGivesWayToALongerNameAfterTheArticle() {
        assertEntitiesInAnyOrder("Rifles were bound for the Sudan Liberation Army.",
                "ORGANIZATION:Sudan Liberation Army@26=org:sla", "COUNTRY:Sudan@26=SDN");
        assertEntities("The rifles came from the Sudan.", "COUNTRY:the Sudan@21=SDN");
    }

    @Test
    void goodsNamedByTheWeaponTheyServeAreOneMention() {
        assertEntities("machine gun ammunition", "WEAPON:machine gun ammunition@0=weapon:ammunition");
        // not across a comma or a conjunction
        assertEntities("machine gun, ammunition", "WEAPON:machine gun@0=weapon:machine-gun", "WEAPON:ammunition@13=weapon:ammunition");
    }
}
