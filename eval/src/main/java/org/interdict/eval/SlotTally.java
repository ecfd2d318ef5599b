package org.interdict.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Counts slot TP/FP/FN over event pairs for one scoring run. Not thread-safe: one instance per run.
 *
 * <p>Single slots (date, authority, location, vessel, aircraft, attribution): both absent counts
 * nothing; only gold: FN; only predicted: FP; both and agreeing: TP; both and disagreeing: FP and FN.
 * List slots: origin, destination and instruments are compared as sets of keys (a country code, a
 * group name or an instrument id; the normalised text when the item has none); cargo and declaredCargo
 * items are matched one-to-one with {@link GreedyMatcher}. Identical items of one list are counted
 * once.
 */
final class SlotTally {

    private final Map<Slot, int[]> counts = new EnumMap<>(Slot.class);
    private final List<SlotError> errors = new ArrayList<>();

    SlotTally() {
        for (Slot slot : Slot.values()) {
            counts.put(slot, new int[3]);
        }
    }

    Map<Slot, Prf> figures() {
        Map<Slot, Prf> figures = new EnumMap<>(Slot.class);
        counts.forEach((slot, c) -> figures.put(slot, new Prf(c[0], c[1], c[2])));
        return figures;
    }

    List<SlotError> errors() {
        return List.copyOf(errors);
    }

    /**
     * Scores the slots of a pair; {@code gold} or {@code predicted} may be null for an unmatched event,
     * which makes every value of the other one an error.
     */
    void add(String docId, AnnotatedEvent gold, AnnotatedEvent predicted) {
        Context c = new Context(docId, gold == null ? null : gold.id(), predicted == null ? null : predicted.id());
        single(c, Slot.DATE, get(gold, AnnotatedEvent::date), get(predicted, AnnotatedEvent::date),
                SlotTally::dateAgrees, d -> d.text() + " [" + (d.value() == null ? "unresolved" : d.value()) + "]");
        single(c, Slot.AUTHORITY, get(gold, AnnotatedEvent::authority), get(predicted, AnnotatedEvent::authority),
                SlotTally::partyAgrees, SlotTally::showParty);
        single(c, Slot.LOCATION, get(gold, AnnotatedEvent::location), get(predicted, AnnotatedEvent::location),
                SlotTally::partyAgrees, SlotTally::showParty);
        single(c, Slot.VESSEL, get(gold, AnnotatedEvent::vessel), get(predicted, AnnotatedEvent::vessel),
                SlotTally::vesselAgrees, v -> v.text() + " [" + (v.name() == null ? "unnamed"
                        : TextNorm.vesselName(v.name())) + "]");
        single(c, Slot.AIRCRAFT, get(gold, AnnotatedEvent::aircraft), get(predicted, AnnotatedEvent::aircraft),
                SlotTally::aircraftAgrees, a -> a.text() + " [type " + a.type() + ", registration "
                        + a.registration() + "]");
        matched(c, Slot.CARGO, list(gold, AnnotatedEvent::cargo), list(predicted, AnnotatedEvent::cargo),
                SlotTally::cargoScore,
                i -> TextNorm.phrase(i.text()) + "|" + (i.canonical() == null ? "" : TextNorm.phrase(i.canonical()))
                        + "|" + i.quantity() + "|" + i.unit(),
                i -> i.text() + " [" + (i.canonical() == null ? "" : i.canonical() + ", ")
                        + (i.quantity() == null ? "no quantity" : "quantity " + formatQuantity(i.quantity())
                        + (i.unit() == null ? "" : " " + i.unit())) + "]");
        matched(c, Slot.DECLARED_CARGO, list(gold, AnnotatedEvent::declaredCargo),
                list(predicted, AnnotatedEvent::declaredCargo), SlotTally::textScore, TextNorm::phrase, t -> t);
        keyed(c, Slot.ORIGIN, list(gold, AnnotatedEvent::origin), list(predicted, AnnotatedEvent::origin),
                SlotTally::partyKey, SlotTally::showParty);
        keyed(c, Slot.DESTINATION, list(gold, AnnotatedEvent::destination),
                list(predicted, AnnotatedEvent::destination), SlotTally::partyKey, SlotTally::showParty);
        keyed(c, Slot.INSTRUMENTS, list(gold, AnnotatedEvent::instruments),
                list(predicted, AnnotatedEvent::instruments),
                i -> i.id() == null ? "text:" + TextNorm.phrase(i.text()) : "id:" + i.id().toUpperCase(java.util.Locale.ROOT),
                i -> i.text() + " [" + (i.id() == null ? "no id" : i.id()) + "]");
        single(c, Slot.ATTRIBUTION, get(gold, AnnotatedEvent::attribution),
                get(predicted, AnnotatedEvent::attribution), TextNorm::tokensOverlap, t -> t);
    }

    private record Context(String docId, String goldId, String predictedId) {
    }

    private <T> void single(Context c, Slot slot, T gold, T predicted, BiPredicate<T, T> agrees,
            Function<T, String> show) {
        if (gold != null && predicted != null && agrees.test(gold, predicted)) {
            counts.get(slot)[0]++;
            return;
        }
        if (predicted != null) {
            falsePositive(c, slot, show.apply(predicted));
        }
        if (gold != null) {
            falseNegative(c, slot, show.apply(gold));
        }
    }

    private <T> void keyed(Context c, Slot slot, List<T> gold, List<T> predicted, Function<T, String> key,
            Function<T, String> show) {
        Map<String, T> goldByKey = byKey(gold, key);
        Map<String, T> predictedByKey = byKey(predicted, key);
        for (Map.Entry<String, T> entry : predictedByKey.entrySet()) {
            if (goldByKey.containsKey(entry.getKey())) {
                counts.get(slot)[0]++;
            } else {
                falsePositive(c, slot, show.apply(entry.getValue()));
            }
        }
        for (Map.Entry<String, T> entry : goldByKey.entrySet()) {
            if (!predictedByKey.containsKey(entry.getKey())) {
                falseNegative(c, slot, show.apply(entry.getValue()));
            }
        }
    }

    private <T> void matched(Context c, Slot slot, List<T> goldItems, List<T> predictedItems,
            BiFunction<T, T, OptionalDouble> score, Function<T, String> dedupeKey, Function<T, String> show) {
        List<T> gold = List.copyOf(byKey(goldItems, dedupeKey).values());
        List<T> predicted = List.copyOf(byKey(predictedItems, dedupeKey).values());
        List<GreedyMatcher.Pair> pairs = GreedyMatcher.match(gold.size(), predicted.size(),
                (g, p) -> score.apply(gold.get(g), predicted.get(p)));
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] predictedMatched = new boolean[predicted.size()];
        for (GreedyMatcher.Pair pair : pairs) {
            goldMatched[pair.gold()] = true;
            predictedMatched[pair.predicted()] = true;
            counts.get(slot)[0]++;
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedMatched[p]) {
                falsePositive(c, slot, show.apply(predicted.get(p)));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g]) {
                falseNegative(c, slot, show.apply(gold.get(g)));
            }
        }
    }

    private void falsePositive(Context c, Slot slot, String text) {
        counts.get(slot)[1]++;
        errors.add(new SlotError(c.docId(), ErrorKind.FALSE_POSITIVE, Objects.requireNonNull(c.predictedId()),
                slot, text));
    }

    private void falseNegative(Context c, Slot slot, String text) {
        counts.get(slot)[2]++;
        errors.add(new SlotError(c.docId(), ErrorKind.FALSE_NEGATIVE, Objects.requireNonNull(c.goldId()),
                slot, text));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.putIfAbsent(key.apply(item), item);
        }
        return byKey;
    }

    private static <T> T get(AnnotatedEvent event, Function<AnnotatedEvent, T> slot) {
        return event == null ? null : slot.apply(event);
    }

    private static <T> List<T> list(AnnotatedEvent event, Function<AnnotatedEvent, List<T>> slot) {
        return event == null ? List.of() : slot.apply(event);
    }

    /** Exact value match; when the gold value is unresolved, an unresolved prediction whose text overlaps. */
    static boolean dateAgrees(AnnotatedEvent.DateValue gold, AnnotatedEvent.DateValue predicted) {
        if (gold.value() != null) {
            return gold.value().equals(predicted.value());
        }
        return predicted.value() == null && TextNorm.tokensOverlap(gold.text(), predicted.text());
    }

    /** Country equal when gold has one; else group equal when gold has one; else text overlap. */
    static boolean partyAgrees(AnnotatedEvent.Party gold, AnnotatedEvent.Party predicted) {
        if (gold.country() != null) {
            return gold.country().equals(predicted.country());
        }
        if (gold.group() != null) {
            return predicted.group() != null && TextNorm.phrase(gold.group()).equals(TextNorm.phrase(predicted.group()));
        }
        return TextNorm.tokensOverlap(gold.text(), predicted.text());
    }

    /** Names equal after normalisation when gold names the ship; else text overlap. */
    static boolean vesselAgrees(AnnotatedEvent.Vessel gold, AnnotatedEvent.Vessel predicted) {
        if (gold.name() != null) {
            return predicted.name() != null
                    && TextNorm.vesselName(gold.name()).equals(TextNorm.vesselName(predicted.name()));
        }
        return TextNorm.tokensOverlap(gold.text(), predicted.text());
    }

    /**
     * Registration equal (letters and digits only), or type equal or one containing the other (letters
     * and digits only: "Il-76" and "Ilyushin Il-76"); text overlap when gold gives neither.
     */
    static boolean aircraftAgrees(AnnotatedEvent.Aircraft gold, AnnotatedEvent.Aircraft predicted) {
        if (gold.registration() == null && gold.type() == null) {
            return TextNorm.tokensOverlap(gold.text(), predicted.text());
        }
        if (gold.registration() != null && predicted.registration() != null
                && TextNorm.registration(gold.registration()).equals(TextNorm.registration(predicted.registration()))) {
            return true;
        }
        if (gold.type() != null && predicted.type() != null) {
            String g = TextNorm.compact(gold.type());
            String p = TextNorm.compact(predicted.type());
            return !g.isEmpty() && !p.isEmpty() && (g.contains(p) || p.contains(g));
        }
        return false;
    }

    /**
     * Token Jaccard of text plus canonical, eligible when at least one content token is shared and,
     * when gold gives a quantity, the predicted quantity is equal. Units are not compared.
     */
    static OptionalDouble cargoScore(AnnotatedEvent.CargoItem gold, AnnotatedEvent.CargoItem predicted) {
        if (gold.quantity() != null
                && (predicted.quantity() == null || !sameQuantity(gold.quantity(), predicted.quantity()))) {
            return OptionalDouble.empty();
        }
        OptionalDouble byTokens = tokenScore(TextNorm.contentTokens(gold.text(), gold.canonical()),
                TextNorm.contentTokens(predicted.text(), predicted.canonical()));
        return byTokens.isPresent() || !TextNorm.samePhrase(gold.text(), predicted.text()) ? byTokens
                : OptionalDouble.of(1.0);
    }

    /** Token Jaccard when a content token is shared; 1 for the same phrase without content tokens. */
    static OptionalDouble textScore(String gold, String predicted) {
        OptionalDouble byTokens = tokenScore(TextNorm.contentTokens(gold), TextNorm.contentTokens(predicted));
        return byTokens.isPresent() || !TextNorm.samePhrase(gold, predicted) ? byTokens : OptionalDouble.of(1.0);
    }

    private static OptionalDouble tokenScore(java.util.Set<String> gold, java.util.Set<String> predicted) {
        return TextNorm.sharedCount(gold, predicted) == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(TextNorm.jaccard(gold, predicted));
    }

    private static boolean sameQuantity(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.abs(a));
    }

    static String partyKey(AnnotatedEvent.Party party) {
        if (party.country() != null) {
            return "country:" + party.country();
        }
        if (party.group() != null) {
            return "group:" + TextNorm.phrase(party.group());
        }
        return "text:" + TextNorm.phrase(party.text());
    }

    static String showParty(AnnotatedEvent.Party party) {
        String code = party.country() != null ? party.country()
                : party.group() != null ? "group " + party.group() : "no code";
        return party.text() + " [" + code + "]";
    }

    static String formatQuantity(double quantity) {
        return quantity == Math.rint(quantity) && Math.abs(quantity) < 1e15
                ? Long.toString((long) quantity) : Double.toString(quantity);
    }
}
