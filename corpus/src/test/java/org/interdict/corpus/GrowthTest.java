package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The growth check itself: it must pass a linear stage and fail a quadratic one, even when it measures twice. */
class GrowthTest {

    /** Keeps the JIT from removing the loops. */
    private static volatile long sink;

    @Test
    void aLinearStagePasses() {
        Growth.check("self-test", "linear", n -> new int[n], values -> {
            long sum = 0;
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < values.length; i++) {
                    sum += values[i] ^ i ^ round;
                }
            }
            sink = sum;
        }, 1 << 14, 1 << 24);
    }

    @Test
    void aQuadraticStageFails() {
        assertThrows(AssertionError.class, () -> Growth.check("self-test", "quadratic", n -> new int[n], values -> {
            long sum = 0;
            for (int i = 0; i < values.length; i++) {
                for (int j = i; j < values.length; j++) {
                    sum += values[j] ^ i;
                }
            }
            sink = sum;
        }, 256, 1 << 14));
    }
}
