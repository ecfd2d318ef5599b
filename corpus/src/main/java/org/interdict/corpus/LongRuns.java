package org.interdict.corpus;

/**
 * Breaks runs of characters without whitespace that are longer than a limit, so that no tokenizer sees a
 * pathological token. The text keeps its length: the character that would make a run too long becomes a
 * space (both halves of a surrogate pair become two spaces), so offsets into the result are offsets into
 * the input.
 */
public final class LongRuns {

    private LongRuns() {
    }

    /**
     * The text with no run of more than {@code max} non-whitespace characters (UTF-16 units; a surrogate
     * pair is never split); the same instance when nothing had to change.
     */
    public static String breakLongRuns(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("longest run must be at least 1 character: " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        char[] chars = null;
        int run = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint)) {
                run = 0;
            } else if (run + length > max) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int k = i; k < i + length; k++) {
                    chars[k] = ' ';
                }
                run = 0;
            } else {
                run += length;
            }
            i += length;
        }
        return chars == null ? text : new String(chars);
    }
}
