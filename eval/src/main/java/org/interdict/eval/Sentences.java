package org.interdict.eval;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain sentence splitter: every line break ends a sentence, and inside a line
 * {@link BreakIterator#getSentenceInstance(Locale) java.text.BreakIterator} (English rules) finds the
 * boundaries. Spans are trimmed of white space; blank stretches give no sentence. Stateless and
 * thread-safe (a new iterator per call).
 */
final class Sentences {

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = nextLineBreak(text, lineStart);
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return List.copyOf(sentences);
    }

    private static int nextLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        if (from >= to) {
            return;
        }
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text.substring(from, to));
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int s = from + start;
            int e = from + end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
        }
    }
}
