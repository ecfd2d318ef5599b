package org.interdict.eval;

import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Counts of true positives, false positives and false negatives, with the precision, recall and F1
 * they give. Immutable.
 *
 * <p>Precision is {@code tp / (tp + fp)} and is empty (reported as "n/a" or null) when nothing was
 * predicted; recall is {@code tp / (tp + fn)} and is empty when there is nothing to find; F1 is
 * {@code 2tp / (2tp + fp + fn)} (the harmonic mean of the two whenever both exist, and 0 when one of
 * them is 0 or undefined while the other side has counts) and is empty only when all three counts are
 * 0. No sentinel values.
 *
 * @param tp true positives, {@code >= 0}
 * @param fp false positives, {@code >= 0}
 * @param fn false negatives, {@code >= 0}
 */
public record Prf(int tp, int fp, int fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public OptionalDouble precision() {
        return tp + fp == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fp));
    }

    public OptionalDouble recall() {
        return tp + fn == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fn));
    }

    public OptionalDouble f1() {
        int denominator = 2 * tp + fp + fn;
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * tp / denominator);
    }

    /** Number of gold items: {@code tp + fn}. */
    public int gold() {
        return tp + fn;
    }

    /** Number of predicted items: {@code tp + fp}. */
    public int predicted() {
        return tp + fp;
    }

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** The micro average: counts summed over all rows, then P/R/F1 of the sums. */
    public static Prf micro(Collection<Prf> rows) {
        Prf sum = ZERO;
        for (Prf row : rows) {
            sum = sum.plus(row);
        }
        return sum;
    }

    /** A figure with three decimals, or "n/a" when it is undefined. */
    static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
    }

    @Override
    public String toString() {
        return "tp=" + tp + " fp=" + fp + " fn=" + fn + " P=" + format(precision()) + " R=" + format(recall())
                + " F1=" + format(f1());
    }
}
