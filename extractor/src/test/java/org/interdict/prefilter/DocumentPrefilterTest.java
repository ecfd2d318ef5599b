package org.interdict.prefilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.SharedExtractor;
import org.interdict.SkipReason;
import org.interdict.pattern.RuleSet;
import org.junit.jupiter.api.Test;

/** What the document pre-filter lets through and what it skips, on hand-written texts. */
class DocumentPrefilterTest {

    private static final DocumentPrefilter PREFILTER = SharedExtractor.get().prefilter().orElseThrow();

    private static void assertPasses(String text) {
        assertEquals(Optional.empty(), PREFILTER.skipReason(text), () -> "should pass: " + text);
    }

    private static void assertSkips(SkipReason reason, String text) {
        assertEquals(Optional.of(reason), PREFILTER.skipReason(text), () -> "should skip: " + text);
    }

    @Test
    void aTriggerWithArmsVocabularyPasses() {
        assertPasses("Customs officers seized 30 rifles.");
        assertPasses("The navy intercepted a dhow in the Arabian Sea.");
        assertPasses("SEIZED: WEAPONS");
        assertPasses("confiscated ... ammunition");
    }

    @Test
    void gazetteerNamesPassInTheirSpellingVariants() {
        // case, dash variants, plural and possessive, as the gazetteer matcher normalises them
        assertPasses("Police seized two AK-47s.");
        assertPasses("Police seized two ak\u201347 and more.");
        assertPasses("Police seized the Kalashnikov's magazine.");
        assertPasses("They found Kalashnikovs.");
        // "Katyushas" keeps its s for the matcher too (no plural is taken off "-as"): no weapon, nothing to pass for
        assertSkips(SkipReason.NO_ARMS_WORD, "They found Katyushas.");
        assertPasses("The Karine A was boarded.");
        assertPasses("The Chong Chon Gang was searched.");
        assertPasses("The CHONG-CHON GANG was searched.");
    }

    @Test
    void wordsInsideLongerWordsDoNotCount() {
        // "arm" in "farmers", "ship" in "leadership", "gun" in "begun": no arms vocabulary
        assertSkips(SkipReason.NO_ARMS_WORD, "The farmers seized the moment; leadership had begun.");
        assertSkips(SkipReason.NO_ARMS_WORD, "Swarms of alarmed shipowners.");
    }

    @Test
    void aLoneTriggerWordIsNotEnough() {
        assertSkips(SkipReason.NO_ARMS_WORD, "We seized the moment and found our purpose.");
    }

    @Test
    void armsVocabularyWithoutATriggerIsAnalysedForItsMentions() {
        // no event is possible, but the weapon mentions are output: such a document is not skipped
        assertPasses("Rifles and missiles are on display in the museum.");
        assertSkips(SkipReason.NO_ARMS_WORD, "");
    }

    @Test
    void vesselPrefixesCountOnlyInCapitals() {
        assertPasses("Officials seized the MV Jihan off Yemen.");
        assertPasses("Officials boarded the M/V Andromeda.");
        assertSkips(SkipReason.NO_ARMS_WORD, "Officials seized its accounts and found ms. Smith.");
    }

    @Test
    void vesselCuesPass() {
        assertPasses("Officials boarded the Togo-flagged Anything.");
        assertPasses("Officials found Anything (IMO 9144718).");
    }

    @Test
    void accentsAndCaseFold() {
        assertPasses("SEIZED WÉAPONS");
        assertPasses("Se\u0301ized weapons");
    }

    @Test
    void aTriggerRuleWithoutWordAnchorLetsEveryDocumentPassTheTriggerTest() {
        DocumentPrefilter noAnchor = withTriggerRule("");
        assertTrue(noAnchor.unfilterableTriggerRules().contains("test.trigger"));
        assertEquals(Optional.empty(), noAnchor.skipReason("Nothing to see here."));
        assertEquals(Optional.empty(), noAnchor.skipReason("Rifles on display."));
        DocumentPrefilter nerAnchor = withTriggerRule("  anchor: ner=WEAPON\n");
        assertEquals(List.of("test.trigger"), nerAnchor.unfilterableTriggerRules());
        DocumentPrefilter lookahead = withTriggerRule("  anchor: /(?!x)grabbed/\n");
        assertEquals(List.of("test.trigger"), lookahead.unfilterableTriggerRules());
    }

    @Test
    void aWordAnchoredTriggerRuleAddsItsWords() {
        DocumentPrefilter grabbed = withTriggerRule("  anchor: /grabb(ed|ing)/\n");
        assertEquals(List.of(), grabbed.unfilterableTriggerRules());
        assertEquals(Optional.empty(), grabbed.skipReason("They Grabbing it."));
        assertEquals(Optional.of(SkipReason.NO_ARMS_OR_TRIGGER_WORD), grabbed.skipReason("They grab it."));
        assertEquals(Optional.empty(), grabbed.skipReason("They grab rifles."));
    }

    @Test
    void withRulesOnEverySentenceATriggerSuffices() {
        DocumentPrefilter everywhere = DocumentPrefilter.builder().rules(RuleSet.bundled())
                .armsWords(Set.of("weapon")).candidateSentencesOnly(false).build();
        assertEquals(Optional.empty(), everywhere.skipReason("We seized the moment."));
        assertEquals(Optional.empty(), everywhere.skipReason("Weapons on display."));
        assertEquals(Optional.of(SkipReason.NO_ARMS_OR_TRIGGER_WORD), everywhere.skipReason("A quiet day."));
    }

    @Test
    void plainRegexesOnly() {
        assertTrue(DocumentPrefilter.plainWords("seiz(e|ed)|s[eo]ll(s|ing)?") != null);
        assertEquals(null, DocumentPrefilter.plainWords("a.b"));
        assertEquals(null, DocumentPrefilter.plainWords("\\bseize"));
        assertEquals(null, DocumentPrefilter.plainWords("x?"));
        assertEquals(null, DocumentPrefilter.plainWords("[^a]b"));
        assertFalse(DocumentPrefilter.fold("Wé-A.p'on").contains("-"));
        assertEquals("weapon", DocumentPrefilter.fold("Wé-A.p'on"));
    }

    private static DocumentPrefilter withTriggerRule(String anchorLine) {
        String file = "rule test.trigger -> SEIZURE_TRIGGER\n" + anchorLine
                + "  example: They grabbed the rifles.\n  pattern: (?$trigger [{word:/grabb(ed|ing)/}])\n";
        RuleSet rules = RuleSet.builder()
                .add(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "test.rules").build();
        return DocumentPrefilter.builder().rules(rules).armsWords(Set.of("rifle")).candidateSentencesOnly(false).build();
    }
}
