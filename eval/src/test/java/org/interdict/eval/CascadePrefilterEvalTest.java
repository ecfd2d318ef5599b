package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.Feature;
import org.interdict.SkipReason;
import org.interdict.corpus.BundledCorpus;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document pre-filter (the cascade's first step) changes no figure of the evaluation: the whole gold set
 * scores the same with it on and off. It skips text without arms vocabulary, such as political speeches, and
 * a lone trigger word ("seized the moment") does not make such a text pass unless rules run on every sentence.
 */
class CascadePrefilterEvalTest {

    /** Paragraphs in the manner of a political speech, with no arms vocabulary. */
    private static final List<String> SPEECHES = List.of(
            "Tonight I ask the Congress to pass a budget that keeps faith with working families. We will lower the "
                    + "cost of medicine, repair our roads and bridges, and make sure every child can read by the third "
                    + "grade. These are not the goals of one party; they belong to the whole country.",
            "My fellow citizens, the state of our union is strong because of you: the nurse on the night shift, the "
                    + "teacher who stays late, the farmer who rises before dawn. Your work built this economy, and "
                    + "your voices will shape the decade ahead.",
            "We reformed the tax code so that small businesses can grow, and unemployment fell to its lowest level "
                    + "in a generation. Now let us finish the job: expand access to child care, raise wages, and "
                    + "protect the savings of those who have retired.");

    /** A speech paragraph whose only trigger word is figurative. */
    private static final String SEIZED_THE_MOMENT = "Four years ago this nation seized the moment. We found common "
            + "ground on schools and hospitals, and together we kept our promise to the families who trusted us.";

    private static Extractor withPrefilter;
    private static Extractor withoutPrefilter;
    private static EvalReport on;
    private static EvalReport off;
    private static List<String> skippedGoldDocuments = new ArrayList<>();

    @BeforeAll
    static void scoreBothWays() throws Exception {
        withPrefilter = Extractor.builder().build();
        withoutPrefilter = Extractor.builder().disable(Feature.PREFILTER).build();
        List<Document> documents = BundledCorpus.documents();
        Map<String, JsonNode> predictionsOn = new HashMap<>();
        Map<String, JsonNode> predictionsOff = new HashMap<>();
        for (Document document : documents) {
            ExtractionResult result = withPrefilter.extract(document);
            if (result.skipped() != null) {
                skippedGoldDocuments.add(document.id() + " (" + result.skipped() + ")");
            }
            predictionsOn.put(document.id(), JsonCodec.mapper().valueToTree(result));
            predictionsOff.put(document.id(), JsonCodec.mapper().valueToTree(withoutPrefilter.extract(document)));
        }
        GoldSet gold = GoldSet.bundled();
        on = new Scorer().withDocuments(documents).score(gold, predictionsOn, Split.ALL);
        off = new Scorer().withDocuments(documents).score(gold, predictionsOff, Split.ALL);
        System.out.println("pre-filter on, whole gold set; skipped: " + skippedGoldDocuments + "\n" + on.toTable());
    }

    @Test
    void theWholeGoldSetScoresTheSameWithAndWithoutThePrefilter() {
        assertFalse(on.documents().isEmpty());
        assertTrue(on.entitiesExactMicro().f1().orElse(0) > 0.5, "a real score, not two empty ones");
        assertTrue(on.eventsMicro().f1().orElse(0) > 0.5, "a real score, not two empty ones");
        assertEquals(off.entitiesExact(), on.entitiesExact(), "entities, exact");
        assertEquals(off.entitiesPartial(), on.entitiesPartial(), "entities, partial");
        assertEquals(off.events(), on.events(), "events");
        assertEquals(off.slots(), on.slots(), "slots");
        // and everything else the report holds: documents, errors, modality
        assertEquals(off, on);
    }

    @Test
    void speechParagraphsWithoutArmsVocabularyAreSkippedAndHoldNoEvent() {
        for (int i = 0; i < SPEECHES.size(); i++) {
            Document speech = Document.of("speech-" + i, SPEECHES.get(i));
            ExtractionResult skipped = withPrefilter.extract(speech);
            assertEquals(SkipReason.NO_ARMS_WORD, skipped.skipped(), speech.text());
            assertEquals(List.of(), skipped.entities());
            assertEquals(List.of(), skipped.events());
            // nothing lost: the full pipeline finds no event there either
            ExtractionResult analysed = withoutPrefilter.extract(speech);
            assertNull(analysed.skipped());
            assertEquals(List.of(), analysed.events(), speech.text());
        }
    }

    @Test
    void aReportWithWeaponsButNoTriggerIsAnalysedForItsMentions() {
        // a missile launch report of the gold set: no seizure or transfer word, so no event is possible, but its
        // weapon mentions are scored; skipping such documents lowered WEAPON and COUNTRY recall in this test
        Document launch = BundledCorpus.documents().stream()
                .filter(d -> d.id().equals("nk-hwasong-15-launch-2017")).findFirst().orElseThrow();
        ExtractionResult result = withPrefilter.extract(launch);
        assertNull(result.skipped());
        assertTrue(result.entities().stream().anyMatch(e -> e.type() == org.interdict.gazetteers.EntityType.WEAPON));
        assertEquals(List.of(), result.events());
        assertEquals(List.of(), skippedGoldDocuments, "no gold document is skipped");
    }

    @Test
    void aLoneFigurativeTriggerDoesNotMakeASpeechPass() {
        Document speech = Document.of("moment", SEIZED_THE_MOMENT);
        ExtractionResult result = withPrefilter.extract(speech);
        // "seized" is a trigger anchor, but no sentence could be a candidate: no arms word, weapon or vessel
        assertEquals(SkipReason.NO_ARMS_WORD, result.skipped());
        assertEquals(List.of(), withoutPrefilter.extract(speech).events());
    }

    @Test
    void withRulesOnEverySentenceALoneTriggerIsEnoughToBeAnalysed() {
        // with CANDIDATE_SENTENCES off the rules run everywhere, so a trigger word alone must keep the document
        Extractor everywhere = Extractor.builder().disable(Feature.CANDIDATE_SENTENCES).build();
        ExtractionResult result = everywhere.extract(Document.of("moment", SEIZED_THE_MOMENT));
        assertNull(result.skipped());
        // without a trigger anchor word (the speech has no "with", which anchors a transfer rule) it is skipped
        assertEquals(SkipReason.NO_ARMS_OR_TRIGGER_WORD,
                everywhere.extract(Document.of("speech", SPEECHES.get(1))).skipped());
    }

    @Test
    void aSkippedResultSaysSoInItsJson() throws Exception {
        JsonNode json = JsonCodec.mapper().readTree(JsonCodec.toJsonLine(
                withPrefilter.extract(Document.of("speech", SPEECHES.get(0)))));
        assertEquals("NO_ARMS_WORD", json.path("skipped").asText());
        assertEquals(0, json.path("entities").size());
        JsonNode analysed = JsonCodec.mapper().readTree(JsonCodec.toJsonLine(
                withoutPrefilter.extract(Document.of("speech", SPEECHES.get(0)))));
        assertTrue(analysed.has("skipped") && analysed.path("skipped").isNull(), "never omitted: null when analysed");
    }
}
