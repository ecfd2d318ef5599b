package org.interdict.eval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How precise the ASSERTED predicted events of one confidence band were: of the {@code predicted}
 * events whose confidence lies in [{@code from}, {@code to}) (the last band includes 1.0), how many
 * matched an ASSERTED gold event ({@code correct}). Events without a confidence are not counted.
 */
public record ConfidenceBand(double from, double to, int predicted, int correct) {

    /** The band edges the scorer uses: below 0.6, 0.6–0.7, 0.7–0.8, 0.8 and above. */
    public static final List<Double> EDGES = List.of(0.0, 0.6, 0.7, 0.8, 1.0);

    public ConfidenceBand {
        if (!(from < to) || predicted < 0 || correct < 0 || correct > predicted) {
            throw new IllegalArgumentException("bad band [" + from + ", " + to + "): " + correct + " of " + predicted);
        }
    }

    /** correct / predicted, or empty when the band holds no event. */
    public OptionalDouble precision() {
        return predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / predicted);
    }

    /** The index of the band of {@link #EDGES} that holds {@code confidence}. */
    static int bandOf(double confidence) {
        for (int band = EDGES.size() - 2; band > 0; band--) {
            if (confidence >= EDGES.get(band)) {
                return band;
            }
        }
        return 0;
    }

    String label() {
        return String.format(java.util.Locale.ROOT, "%.1f-%.1f", from, to);
    }
}
