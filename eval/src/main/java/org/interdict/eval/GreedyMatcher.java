package org.interdict.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One-to-one matching of gold items to predicted items, greedy best-score-first: all eligible pairs
 * are sorted by score (highest first; ties broken by gold index, then predicted index, so the result is
 * deterministic), and a pair is taken when neither of its items is taken yet. Each gold item and each
 * predicted item is used at most once. Stateless.
 */
final class GreedyMatcher {

    private GreedyMatcher() {
    }

    /** Scores a candidate pair; empty when the pair may not be matched at all. */
    @FunctionalInterface
    interface PairScore {
        OptionalDouble score(int goldIndex, int predictedIndex);
    }

    /** A matched pair of indices and its score. */
    record Pair(int gold, int predicted, double score) {
    }

    /** The matched pairs, ordered by gold index. */
    static List<Pair> match(int goldCount, int predictedCount, PairScore scorer) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < goldCount; g++) {
            for (int p = 0; p < predictedCount; p++) {
                OptionalDouble score = scorer.score(g, p);
                if (score.isPresent()) {
                    candidates.add(new Pair(g, p, score.getAsDouble()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] goldUsed = new boolean[goldCount];
        boolean[] predictedUsed = new boolean[predictedCount];
        List<Pair> matched = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!goldUsed[pair.gold()] && !predictedUsed[pair.predicted()]) {
                goldUsed[pair.gold()] = true;
                predictedUsed[pair.predicted()] = true;
                matched.add(pair);
            }
        }
        matched.sort(Comparator.comparingInt(Pair::gold));
        return List.copyOf(matched);
    }
}
