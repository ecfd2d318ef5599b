package org.interdict.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Whether a predicted event may be matched to a gold event, and how well. Stateless.
 *
 * <p>A pair is eligible when both have the same type and either their evidence overlaps (at least one
 * shared character) or at least two of the four key slots agree:
 * <ol>
 *   <li>vessel name: both named and equal after {@link TextNorm#vesselName};</li>
 *   <li>location country: both given and equal;</li>
 *   <li>date: both values given and equal or one a prefix of the other ({@link TextNorm#datePrefix});</li>
 *   <li>cargo: some gold item and some predicted item share a content token of text or canonical.</li>
 * </ol>
 * The score of an eligible pair is the number of agreeing key slots plus the Jaccard overlap of the
 * characters covered by the two evidence lists (so 0 to 5).
 */
final class EventSimilarity {

    private EventSimilarity() {
    }

    static OptionalDouble score(AnnotatedEvent gold, AnnotatedEvent predicted) {
        if (gold.type() != predicted.type()) {
            return OptionalDouble.empty();
        }
        int shared = sharedCharacters(gold.evidence(), predicted.evidence());
        int agreements = keySlotAgreements(gold, predicted);
        if (shared == 0 && agreements < 2) {
            return OptionalDouble.empty();
        }
        int union = covered(gold.evidence()) + covered(predicted.evidence()) - shared;
        return OptionalDouble.of(agreements + (double) shared / union);
    }

    static int keySlotAgreements(AnnotatedEvent gold, AnnotatedEvent predicted) {
        int agreements = 0;
        if (gold.vessel() != null && predicted.vessel() != null && gold.vessel().name() != null
                && predicted.vessel().name() != null
                && TextNorm.vesselName(gold.vessel().name()).equals(TextNorm.vesselName(predicted.vessel().name()))) {
            agreements++;
        }
        if (gold.location() != null && predicted.location() != null && gold.location().country() != null
                && gold.location().country().equals(predicted.location().country())) {
            agreements++;
        }
        if (gold.date() != null && predicted.date() != null && gold.date().value() != null
                && predicted.date().value() != null
                && TextNorm.datePrefix(gold.date().value(), predicted.date().value())) {
            agreements++;
        }
        if (cargoOverlaps(gold.cargo(), predicted.cargo())) {
            agreements++;
        }
        return agreements;
    }

    private static boolean cargoOverlaps(List<AnnotatedEvent.CargoItem> gold, List<AnnotatedEvent.CargoItem> predicted) {
        for (AnnotatedEvent.CargoItem g : gold) {
            for (AnnotatedEvent.CargoItem p : predicted) {
                if (TextNorm.sharedCount(TextNorm.contentTokens(g.text(), g.canonical()),
                        TextNorm.contentTokens(p.text(), p.canonical())) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Characters covered by both span lists (each list merged first, so overlaps count once). */
    static int sharedCharacters(List<Span> a, List<Span> b) {
        int shared = 0;
        for (Span x : merge(a)) {
            for (Span y : merge(b)) {
                shared += x.overlap(y);
            }
        }
        return shared;
    }

    /** Characters covered by a span list, overlaps counted once. */
    static int covered(List<Span> spans) {
        int total = 0;
        for (Span span : merge(spans)) {
            total += span.length();
        }
        return total;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= span.start()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
