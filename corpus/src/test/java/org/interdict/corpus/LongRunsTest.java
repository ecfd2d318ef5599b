package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LongRunsTest {

    @Test
    void leavesShortRunsAlone() {
        String text = "a few words, and-a-hyphenated-one.";
        assertSame(text, LongRuns.breakLongRuns(text, 21));
        assertSame(text, LongRuns.breakLongRuns(text, 10_000));
    }

    @Test
    void breaksEveryRunAtTheLimitKeepingTheLength() {
        assertEquals("abc def g xy", LongRuns.breakLongRuns("abcXdefYg xy", 3));
        assertEquals("abc abc", LongRuns.breakLongRuns("abcdabc", 3));
        assertEquals("ab\ncd", LongRuns.breakLongRuns("ab\ncd", 2));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
        String text = "a" + emoji + emoji;
        String broken = LongRuns.breakLongRuns(text, 4);
        assertEquals("a" + emoji + "  ", broken);
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> LongRuns.breakLongRuns("x", 0));
    }

    @Test
    void randomTextKeepsItsLengthAndHasNoLongRun() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "ab \n\u00A0\uD83D\uDE00x-";
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append('\uDE00');
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            int max = 1 + random.nextInt(12);
            String input = text.toString();
            String output = LongRuns.breakLongRuns(input, Math.max(2, max));
            String where = "seed " + seed + ", max " + max + ", text: " + input;
            assertEquals(input.length(), output.length(), where);
            int run = 0;
            for (int i = 0; i < output.length(); i++) {
                char c = output.charAt(i);
                run = Character.isWhitespace(c) ? 0 : run + 1;
                if (run > Math.max(2, max)) {
                    throw new AssertionError("run of " + run + " at " + i + ", " + where);
                }
                if (output.charAt(i) != input.charAt(i) && output.charAt(i) != ' ') {
                    throw new AssertionError("changed to something other than a space at " + i + ", " + where);
                }
                if (Character.isHighSurrogate(c) && (i + 1 == output.length() || !Character.isLowSurrogate(output.charAt(i + 1)))) {
                    throw new AssertionError("split surrogate pair at " + i + ", " + where);
                }
            }
        }
    }
}
