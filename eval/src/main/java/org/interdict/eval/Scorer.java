package org.interdict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.interdict.Document;

/**
 * Scores predictions (output objects of SCHEMA.md) against a {@link GoldSet}. Immutable and
 * thread-safe; {@link #withDocuments} returns a copy that also quotes evidence text in error lists.
 *
 * <h2>What is counted</h2>
 * <ul>
 *   <li><b>Entities</b>, per type of {@link EntityType#SCORED} (DATE, QUANTITY and PERSON are ignored
 *       on both sides). Exact: same type, same start and end. Partial: same type and overlapping spans,
 *       matched one-to-one with {@link GreedyMatcher} by character Jaccard, so two predictions that
 *       overlap one gold mention give one TP and one FP. Identical mentions (same type and span) listed
 *       twice in a file count once.</li>
 *   <li><b>Event detection</b>, per event type: ASSERTED gold events against ASSERTED predictions only,
 *       matched one-to-one within a document, greedy best score first, by {@link EventSimilarity}
 *       (same type; evidence overlap or at least two of vessel name, location country, date prefix,
 *       cargo overlap). Unmatched ASSERTED predictions are FP (an incident predicted twice is one TP
 *       and one FP); unmatched ASSERTED gold events are FN. NEGATED and HYPOTHETICAL predictions are
 *       not scored.</li>
 *   <li><b>Modality errors</b>: ASSERTED predictions left unmatched after detection are matched, the
 *       same way, to NEGATED and HYPOTHETICAL gold events; each pair is a modality error (and the
 *       prediction stays a detection FP).</li>
 *   <li><b>Slots</b> ({@link SlotTally}), over the ASSERTED events of detection: matched pairs are
 *       compared slot by slot; every value of an unmatched gold event is an FN, every value of an
 *       unmatched prediction an FP.</li>
 *   <li>Every micro average sums TP, FP and FN over its rows before computing P, R and F1; figures
 *       with an empty denominator are empty ({@link Prf}).</li>
 * </ul>
 * A gold document with no prediction counts as a prediction of nothing; predictions for documents
 * that are not in the gold set are ignored and listed; predictions for gold documents outside the
 * selected split are skipped.
 */
public final class Scorer {

    private static final int QUOTE_LIMIT = 160;

    private final Map<String, String> textsById;

    /** A scorer that describes events in error lists by their spans and key slots. */
    public Scorer() {
        this(Map.of());
    }

    private Scorer(Map<String, String> textsById) {
        this.textsById = Map.copyOf(textsById);
    }

    /** This scorer, also quoting the evidence text of the given documents in the event error lists. */
    public Scorer withDocuments(Collection<Document> documents) {
        Map<String, String> texts = new HashMap<>(textsById);
        for (Document document : documents) {
            texts.put(document.id(), document.text());
        }
        return new Scorer(texts);
    }

    /**
     * Scores the predictions of the gold documents that {@code split} selects.
     *
     * @param gold                the gold set
     * @param predictionsByDocId  one SCHEMA.md output object per document, keyed by its {@code docId}
     * @param split               DEV, TEST or ALL
     * @throws PredictionFormatException if a scored prediction does not have the SCHEMA.md shape or its
     *                                   {@code docId} differs from its key
     */
    public EvalReport score(GoldSet gold, Map<String, JsonNode> predictionsByDocId, Split split) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predictionsByDocId, "predictionsByDocId");
        Objects.requireNonNull(split, "split");

        Map<EntityType, int[]> exact = counters(EntityType.SCORED);
        Map<EntityType, int[]> partial = counters(EntityType.SCORED);
        Map<EventType, int[]> detection = counters(List.of(EventType.values()));
        SlotTally slots = new SlotTally();
        List<EntityError> entityErrors = new ArrayList<>();
        List<EventError> eventErrors = new ArrayList<>();
        List<ModalityError> modalityErrors = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> withoutPrediction = new ArrayList<>();
        int[][] bands = new int[ConfidenceBand.EDGES.size() - 1][2];

        for (GoldDocument goldDocument : gold.documents(split)) {
            String docId = goldDocument.docId();
            documents.add(docId);
            JsonNode node = predictionsByDocId.get(docId);
            Prediction prediction;
            if (node == null) {
                withoutPrediction.add(docId);
                prediction = new Prediction(List.of(), List.of());
            } else {
                prediction = Prediction.read(docId, node);
            }
            scoreEntities(docId, goldDocument.entities(), prediction.entities(), exact, partial, entityErrors);
            scoreEvents(docId, goldDocument.events(), prediction, detection, slots, eventErrors,
                    modalityErrors, bands);
        }

        TreeSet<String> withoutGold = new TreeSet<>(predictionsByDocId.keySet());
        withoutGold.removeIf(id -> gold.get(id).isPresent());

        return new EvalReport(split, documents, withoutPrediction, List.copyOf(withoutGold), figures(exact),
                figures(partial), figures(detection), slots.figures(), modalityErrors, entityErrors, eventErrors,
                slots.errors(), confidenceBands(bands));
    }

    private static List<ConfidenceBand> confidenceBands(int[][] counts) {
        List<ConfidenceBand> bands = new ArrayList<>();
        for (int band = 0; band < counts.length; band++) {
            bands.add(new ConfidenceBand(ConfidenceBand.EDGES.get(band), ConfidenceBand.EDGES.get(band + 1),
                    counts[band][0], counts[band][1]));
        }
        return bands;
    }

    private static void countBand(Prediction prediction, AnnotatedEvent event, boolean correct, int[][] bands) {
        Double confidence = prediction.confidence().get(event);
        if (confidence != null) {
            int[] band = bands[ConfidenceBand.bandOf(confidence)];
            band[0]++;
            band[1] += correct ? 1 : 0;
        }
    }

    /** The scored parts of one prediction. */
    record Prediction(List<Mention> entities, List<AnnotatedEvent> events, Map<AnnotatedEvent, Double> confidence) {

        Prediction(List<Mention> entities, List<AnnotatedEvent> events) {
            this(entities, events, Map.of());
        }

        static Prediction read(String key, JsonNode node) {
            try {
                AnnotationReader.object(node, "(root)");
                String docId = AnnotationReader.requiredText(node, "docId", "");
                if (!docId.equals(key)) {
                    throw new PredictionFormatException(key, "docId is \"" + docId + "\" but it was given under \""
                            + key + "\"");
                }
                JsonNode eventArray = AnnotationReader.requiredArray(node, "events", "");
                List<AnnotatedEvent> events = AnnotationReader.events(eventArray, docId, "events");
                // events come back in array order; keyed by identity since ids may repeat in bad input
                Map<AnnotatedEvent, Double> confidence = new java.util.IdentityHashMap<>();
                for (int i = 0; i < events.size(); i++) {
                    JsonNode value = eventArray.get(i).get("confidence");
                    if (value != null && value.isNumber()) {
                        confidence.put(events.get(i), value.asDouble());
                    }
                }
                return new Prediction(
                        AnnotationReader.mentions(AnnotationReader.requiredArray(node, "entities", ""), "entities"),
                        events, confidence);
            } catch (AnnotationReader.FormatProblem e) {
                throw new PredictionFormatException(key, e.getMessage());
            }
        }
    }

    private static void scoreEntities(String docId, List<Mention> goldMentions, List<Mention> predictedMentions,
            Map<EntityType, int[]> exact, Map<EntityType, int[]> partial, List<EntityError> errors) {
        for (EntityType type : EntityType.SCORED) {
            List<Mention> gold = distinctOfType(goldMentions, type);
            List<Mention> predicted = distinctOfType(predictedMentions, type);
            List<GreedyMatcher.Pair> overlapPairs = GreedyMatcher.match(gold.size(), predicted.size(), (g, p) -> {
                Span a = gold.get(g).span();
                Span b = predicted.get(p).span();
                return a.overlaps(b) ? OptionalDouble.of(a.jaccard(b)) : OptionalDouble.empty();
            });
            boolean[] goldOverlap = new boolean[gold.size()];
            boolean[] predictedOverlap = new boolean[predicted.size()];
            for (GreedyMatcher.Pair pair : overlapPairs) {
                goldOverlap[pair.gold()] = true;
                predictedOverlap[pair.predicted()] = true;
            }
            add(partial.get(type), overlapPairs.size(), predicted.size() - overlapPairs.size(),
                    gold.size() - overlapPairs.size());

            TreeSet<Span> goldSpans = new TreeSet<>();
            gold.forEach(m -> goldSpans.add(m.span()));
            TreeSet<Span> predictedSpans = new TreeSet<>();
            predicted.forEach(m -> predictedSpans.add(m.span()));
            int tp = 0;
            for (int p = 0; p < predicted.size(); p++) {
                Mention mention = predicted.get(p);
                if (goldSpans.contains(mention.span())) {
                    tp++;
                } else {
                    errors.add(new EntityError(docId, ErrorKind.FALSE_POSITIVE, type, mention.text(), mention.span(),
                            predictedOverlap[p]));
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                Mention mention = gold.get(g);
                if (!predictedSpans.contains(mention.span())) {
                    errors.add(new EntityError(docId, ErrorKind.FALSE_NEGATIVE, type, mention.text(), mention.span(),
                            goldOverlap[g]));
                }
            }
            add(exact.get(type), tp, predicted.size() - tp, gold.size() - tp);
        }
    }

    /** The mentions of one type, one per span (the first listed), ordered by span. */
    private static List<Mention> distinctOfType(List<Mention> mentions, EntityType type) {
        TreeMap<Span, Mention> bySpan = new TreeMap<>();
        for (Mention mention : mentions) {
            if (mention.type() == type) {
                bySpan.putIfAbsent(mention.span(), mention);
            }
        }
        return List.copyOf(bySpan.values());
    }

    private void scoreEvents(String docId, List<AnnotatedEvent> goldEvents, Prediction prediction,
            Map<EventType, int[]> detection, SlotTally slots, List<EventError> eventErrors,
            List<ModalityError> modalityErrors, int[][] bands) {
        List<AnnotatedEvent> predictedEvents = prediction.events();
        List<AnnotatedEvent> gold = withModality(goldEvents, true);
        List<AnnotatedEvent> goldOther = withModality(goldEvents, false);
        List<AnnotatedEvent> predicted = withModality(predictedEvents, true);

        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(gold.size(), predicted.size(),
                (g, p) -> EventSimilarity.score(gold.get(g), predicted.get(p)));
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        for (GreedyMatcher.Pair pair : pairs) {
            goldMatched[pair.gold()] = true;
            predictedMatched[pair.predicted()] = true;
            AnnotatedEvent g = gold.get(pair.gold());
            detection.get(g.type())[0]++;
            slots.add(docId, g, predicted.get(pair.predicted()));
            countBand(prediction, predicted.get(pair.predicted()), true, bands);
        }

        List<AnnotatedEvent> unmatchedPredicted = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedMatched[p]) {
                unmatchedPredicted.add(predicted.get(p));
            }
        }
        List<GreedyMatcher.Pair> modalityPairs = GreedyMatcher.match(goldOther.size(), unmatchedPredicted.size(),
                (g, p) -> EventSimilarity.score(goldOther.get(g), unmatchedPredicted.get(p)));
        Map<Integer, AnnotatedEvent> modalityMatchOf = new HashMap<>();
        for (GreedyMatcher.Pair pair : modalityPairs) {
            AnnotatedEvent g = goldOther.get(pair.gold());
            AnnotatedEvent p = unmatchedPredicted.get(pair.predicted());
            modalityMatchOf.put(pair.predicted(), g);
            modalityErrors.add(new ModalityError(docId, g.id(), g.modality(), p.id(), g.type(), describe(docId, g)));
        }

        for (int p = 0; p < unmatchedPredicted.size(); p++) {
            AnnotatedEvent event = unmatchedPredicted.get(p);
            detection.get(event.type())[1]++;
            countBand(prediction, event, false, bands);
            AnnotatedEvent modalityMatch = modalityMatchOf.get(p);
            String text = describe(docId, event) + (modalityMatch == null ? ""
                    : " (gold " + modalityMatch.id() + " is " + modalityMatch.modality() + ")");
            eventErrors.add(new EventError(docId, ErrorKind.FALSE_POSITIVE, event.id(), event.type(), text,
                    modalityMatch != null));
            slots.add(docId, null, event);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g]) {
                AnnotatedEvent event = gold.get(g);
                detection.get(event.type())[2]++;
                eventErrors.add(new EventError(docId, ErrorKind.FALSE_NEGATIVE, event.id(), event.type(),
                        describe(docId, event), false));
                slots.add(docId, event, null);
            }
        }
    }

    private static List<AnnotatedEvent> withModality(List<AnnotatedEvent> events, boolean asserted) {
        return events.stream().filter(e -> (e.modality() == Modality.ASSERTED) == asserted).toList();
    }

    /** The evidence (quoted when the text is known) and the key slots of an event, on one line. */
    String describe(String docId, AnnotatedEvent event) {
        StringBuilder out = new StringBuilder();
        String text = textsById.get(docId);
        for (Span span : event.evidence()) {
            if (out.length() > 0) {
                out.append(" … ");
            }
            if (text != null && span.end() <= text.length()) {
                String quote = text.substring(span.start(), span.end()).replaceAll("\\s+", " ").strip();
                out.append('"').append(quote.length() > QUOTE_LIMIT ? quote.substring(0, QUOTE_LIMIT - 1) + "…" : quote)
                        .append('"');
            } else {
                out.append("evidence ").append(span);
            }
        }
        if (event.vessel() != null) {
            out.append("; vessel ").append(event.vessel().name() == null ? event.vessel().text() : event.vessel().name());
        }
        if (event.location() != null) {
            out.append("; location ").append(SlotTally.showParty(event.location()));
        }
        if (event.date() != null) {
            out.append("; date ").append(event.date().value() == null ? event.date().text() : event.date().value());
        }
        if (!event.cargo().isEmpty()) {
            out.append("; cargo ").append(String.join(", ", event.cargo().stream()
                    .map(AnnotatedEvent.CargoItem::text).toList()));
        }
        return out.toString();
    }

    private static <K extends Enum<K>> Map<K, int[]> counters(Collection<K> keys) {
        Map<K, int[]> counters = new TreeMap<>();
        for (K key : keys) {
            counters.put(key, new int[3]);
        }
        return counters;
    }

    private static void add(int[] counter, int tp, int fp, int fn) {
        counter[0] += tp;
        counter[1] += fp;
        counter[2] += fn;
    }

    private static <K extends Enum<K>> Map<K, Prf> figures(Map<K, int[]> counters) {
        Map<K, Prf> figures = new TreeMap<>();
        counters.forEach((key, c) -> figures.put(key, new Prf(c[0], c[1], c[2])));
        return figures;
    }
}
