package org.interdict.event;

import java.util.regex.Pattern;
import org.interdict.text.Sentence;

/**
 * Section headings in a report ("Case 2: HMAS Darwin, 27 February 2016", "Observations"): a line of at
 * most {@value #MAX_LENGTH} characters without closing punctuation, alone in its sentence (with the number
 * of the paragraph after it, "3.") or opening the sentence of the paragraph it heads. A heading starts a
 * new section: the incidents on either side are told apart, and a date in the heading dates the incident
 * below it. Stateless.
 */
final class Headings {

    static final int MAX_LENGTH = 120;
    /** The number of the paragraph that follows a heading in numbered reports: "\n3.". */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\n\\s*\\d{1,3}\\.\\s*$");
    private static final Pattern CLOSING = Pattern.compile("[.!?:;,\"'\u201d\u2019)\\]]\\s*$");

    private Headings() {
    }

    /** Whether sentence {@code k} is a heading or begins with one. */
    static boolean opensSection(DocumentAnalysis doc, int k) {
        Sentence sentence = doc.analyzed().sentences().get(k);
        String text = doc.text(sentence);
        String withoutNumber = PARAGRAPH_NUMBER.matcher(text).replaceFirst("");
        int lineEnd = withoutNumber.indexOf('\n');
        String line = (lineEnd < 0 ? withoutNumber : withoutNumber.substring(0, lineEnd)).strip();
        boolean alone = lineEnd < 0 && withoutNumber.length() < text.length();
        boolean opening = lineEnd >= 0;
        return (alone || opening) && !line.isEmpty() && line.length() <= MAX_LENGTH && !CLOSING.matcher(line).find();
    }

    /** Whether a heading stands between sentence {@code after} (exclusive) and sentence {@code upTo} (inclusive). */
    static boolean between(DocumentAnalysis doc, int after, int upTo) {
        for (int k = after + 1; k <= upTo; k++) {
            if (opensSection(doc, k)) {
                return true;
            }
        }
        return false;
    }
}
