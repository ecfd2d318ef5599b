package org.interdict.eval;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalisations the scorer compares slot values with. Stateless.
 *
 * <ul>
 *   <li>{@link #contentTokens}: lower case, split on anything that is not a letter or digit, drop
 *       stop words, numbers and one-letter tokens, fold a regular plural {@code -s} (not {@code -ss});</li>
 *   <li>{@link #phrase}: lower case, runs of non-alphanumerics to one space, a leading "the" removed;</li>
 *   <li>{@link #vesselName}: {@link #phrase}, then leading "mv", "m v" ("M/V", "M.V.") and "the"
 *       removed;</li>
 *   <li>{@link #datePrefix}: equal ISO values, or one a prefix of the other that ends at a {@code -}
 *       or {@code /} boundary ("2012" and "2012-05").</li>
 * </ul>
 */
final class TextNorm {

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "from", "with", "by", "as",
            "into", "its", "their", "his", "her", "this", "that", "these", "those", "which", "who", "was",
            "were", "is", "are", "be", "been", "some", "several", "about", "around", "approximately", "nearly",
            "over", "more", "than", "made", "type", "kind", "according", "said", "says", "say", "told",
            "reported", "reportedly", "also");

    private TextNorm() {
    }

    static Set<String> contentTokens(String text) {
        if (text == null) {
            return Set.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String raw : NON_ALNUM.split(text.toLowerCase(Locale.ROOT))) {
            if (raw.length() < 2 || DIGITS.matcher(raw).matches() || STOP_WORDS.contains(raw)) {
                continue;
            }
            tokens.add(raw.length() > 3 && raw.endsWith("s") && !raw.endsWith("ss")
                    ? raw.substring(0, raw.length() - 1) : raw);
        }
        return Collections.unmodifiableSet(tokens);
    }

    /** Content tokens of several texts together (nulls skipped). */
    static Set<String> contentTokens(String first, String second) {
        Set<String> tokens = new LinkedHashSet<>(contentTokens(first));
        tokens.addAll(contentTokens(second));
        return tokens;
    }

    static int sharedCount(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String token : a) {
            if (b.contains(token)) {
                shared++;
            }
        }
        return shared;
    }

    /** Shared tokens over the union, in [0, 1]; 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        int shared = sharedCount(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0.0 : (double) shared / union;
    }

    /**
     * True if the two texts share at least one content token, or, when they share none (a text of stop
     * words only: "it", "the one"), if they are the same {@link #phrase}.
     */
    static boolean tokensOverlap(String a, String b) {
        return sharedCount(contentTokens(a), contentTokens(b)) > 0 || samePhrase(a, b);
    }

    /** Both non-null, non-empty and equal after {@link #phrase}. */
    static boolean samePhrase(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String phrase = phrase(a);
        return !phrase.isEmpty() && phrase.equals(phrase(b));
    }

    static String phrase(String text) {
        String normal = NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return normal.startsWith("the ") ? normal.substring(4) : normal;
    }

    static String vesselName(String name) {
        String normal = phrase(name);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : new String[] {"mv ", "m v ", "the "}) {
                if (normal.startsWith(prefix)) {
                    normal = normal.substring(prefix.length());
                    changed = true;
                }
            }
        }
        return normal;
    }

    /** Upper-case letters and digits only ("4L-AWA" and "4l awa" are the same registration). */
    static String registration(String text) {
        return NON_ALNUM.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** Lower-case letters and digits only ("Il-76", "IL 76"). */
    static String compact(String text) {
        return NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static boolean datePrefix(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        if (!longer.startsWith(shorter)) {
            return false;
        }
        char next = longer.charAt(shorter.length());
        return next == '-' || next == '/';
    }
}
