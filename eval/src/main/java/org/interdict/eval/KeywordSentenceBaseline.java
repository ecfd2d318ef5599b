package org.interdict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.interdict.Document;

/**
 * The keyword baseline for events: every sentence that contains a seizure verb becomes one ASSERTED
 * SEIZURE event, and every sentence that contains a transfer verb one ASSERTED TRANSFER event (a
 * sentence with both gives both), with the sentence as evidence, every slot empty, confidence 0.5 and
 * id {@code <docId>#k<n>}. No entities.
 *
 * <p>Verbs, any inflection, matched as whole words ignoring case:
 * <ul>
 *   <li>seizure: seize, confiscate, intercept, impound, detain, interdict;</li>
 *   <li>transfer: export, sell (sold), supply, deliver, and ship as "shipped" only: "ship" and "ships"
 *       are nearly always the noun in this genre and "shipping" mostly is too, so the other forms
 *       would put a TRANSFER on every sentence that mentions a vessel.</li>
 * </ul>
 * Nouns ("seizure", "exports" as a noun) are not told apart from verbs: "exports" matches. Sentences
 * come from {@link Sentences}. Immutable and thread-safe.
 */
public final class KeywordSentenceBaseline implements Baseline {

    /** The confidence given to every event: the baseline has no notion of it. */
    public static final double CONFIDENCE = 0.5;

    private static final Map<EventType, Pattern> VERBS = Map.of(
            EventType.SEIZURE, words("seiz(?:e|es|ed|ing)", "confiscat(?:e|es|ed|ing)", "intercept(?:s|ed|ing)?",
                    "impound(?:s|ed|ing)?", "detain(?:s|ed|ing)?", "interdict(?:s|ed|ing)?"),
            EventType.TRANSFER, words("export(?:s|ed|ing)?", "sell(?:s|ing)?", "sold", "suppl(?:y|ies|ied|ying)",
                    "deliver(?:s|ed|ing)?", "shipped"));

    private static Pattern words(String... forms) {
        return Pattern.compile("\\b(?:" + String.join("|", forms) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public JsonNode predict(Document document) {
        ObjectNode prediction = PredictionJson.document(document);
        String text = document.text();
        int n = 0;
        for (Span sentence : Sentences.split(text)) {
            String sentenceText = text.substring(sentence.start(), sentence.end());
            for (EventType type : List.of(EventType.SEIZURE, EventType.TRANSFER)) {
                if (VERBS.get(type).matcher(sentenceText).find()) {
                    n++;
                    PredictionJson.addEmptyEvent(prediction, document.id() + "#k" + n, type, Modality.ASSERTED,
                            sentence, CONFIDENCE);
                }
            }
        }
        return prediction;
    }
}
