package org.interdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Random;
import org.interdict.gazetteer.TermNormalizer;
import org.interdict.gazetteers.EntityType;
import org.interdict.model.Entity;
import org.interdict.pattern.PatternEngine;
import org.interdict.pattern.Rule;
import org.interdict.text.AnalyzedText;
import org.interdict.text.CoreNlpTextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The pre-filter is conservative: on seeded random texts mixing trigger words, arms vocabulary, look-alike
 * words and punctuation, a skipped text is one where the full pipeline (pre-filter off) finds no event, no
 * weapon, vessel or treaty and no arms word, and (when rules run on every sentence) no trigger anchor word; a text it
 * lets through gives exactly the result of the pipeline without it.
 */
class PrefilterRandomTest {

    private static final String[] WORDS = {
        // triggers and look-alikes ("with" anchors a transfer rule, so it is left out: it would pass every text)
        "seized", "Seizure", "confiscated", "intercepted", "sold", "exported", "supplied", "took", "over",
        "seizing", "reseized", "seizes", "found", "discovery", "transfers", "bought", "from",
        // arms vocabulary and look-alikes
        "weapons", "rifles", "ship", "ships", "vessel", "cargo", "AK-47", "AK\u201347s", "Scud", "missiles", "MV",
        "mv", "USS", "Cole", "Karine", "A", "freighter", "farm", "army", "armed", "arms", "leadership", "begun",
        "planet", "its", "ITS", "Togo-flagged", "IMO", "9144718", "Kalashnikov's", "gun", "guns", "technology",
        "Wassenaar", "Arrangement", "Resolution", "1874", "embargoes", "sanctioned", "militarily",
        // fillers
        "the", "a", "President", "Congress", "budget", "taxes", "schools", "Iran", "Syria", "to", "in", "by", "of",
        "customs", "police", "navy", "Busan", "2012", "May", "last", "week",
        // punctuation and layout
        ",", ".", "-", "\u2014", "'s", "(", ")", "\n\n", ";"
    };

    private static final Extractor WITHOUT = Extractor.builder().disable(Feature.PREFILTER).build();
    private static final Extractor EVERYWHERE = Extractor.builder().disable(Feature.CANDIDATE_SENTENCES)
            .disable(Feature.DATES).build();

    @Test
    void skipsOnlyWhatCannotHoldAnEvent() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Extractor with = SharedExtractor.get();
        CoreNlpTextAnalyzer analyzer = new CoreNlpTextAnalyzer();
        int skipped = 0;
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            int length = 2 + random.nextInt(12);
            for (int w = 0; w < length; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(random.nextInt(8) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
                text.append(random.nextInt(6) == 0 ? "" : " ");
            }
            String body = text.toString();
            String context = "seed " + seed + ", document " + doc + ": " + body;
            Document document = Document.of("random-" + doc, body);
            ExtractionResult on = with.extract(document);
            ExtractionResult off = WITHOUT.extract(document);
            assertEquals(null, off.skipped(), context);
            if (on.skipped() == null) {
                assertEquals(off, on, context);
                continue;
            }
            skipped++;
            assertTrue(on.entities().isEmpty() && on.events().isEmpty(), context);
            assertEquals(List.of(), off.events(), context);
            AnalyzedText analyzed = analyzer.analyze(body);
            assertEquals(SkipReason.NO_ARMS_WORD, on.skipped(), context);
            for (Entity entity : off.entities()) {
                assertFalse(entity.type() == EntityType.WEAPON || entity.type() == EntityType.VESSEL
                        || entity.type() == EntityType.TREATY, () -> context + ": " + entity);
            }
            analyzed.tokens().forEach(token -> assertFalse(
                    Extractor.ARMS_WORDS.contains(TermNormalizer.key(token.text())), () -> context + ": " + token));
            // with rules on every sentence, a skipped text may not hold a trigger anchor word either
            if (EVERYWHERE.extract(document).skipped() != null) {
                List<CoreLabel> labels = PatternEngine.labels(analyzed, List.of());
                for (Rule rule : with.rules().rules()) {
                    if (rule.relation().isTrigger()) {
                        assertFalse(rule.mayMatch(labels), () -> context + ": trigger rule " + rule.name());
                    }
                }
            }
        }
        // the word mix makes both outcomes common: a test that never skips would prove nothing
        assertTrue(skipped > 10 && skipped < 290, "seed " + seed + ": skipped " + skipped + " of 300");
    }
}
