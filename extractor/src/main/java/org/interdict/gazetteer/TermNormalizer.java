package org.interdict.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns words into the keys the gazetteer matcher compares: case folded, diacritics removed, Unicode
 * dashes, quotes and periods unified, regular plurals reduced to the singular. Words are first cut into
 * pieces at hyphens and slashes, so "Scud-B", "SCUD B" and "Scud B" all give the keys [scud, b].
 */
public final class TermNormalizer {

    /** Four-letter plurals of arms words; the length rule below leaves every other short word alone. */
    private static final java.util.Map<String, String> SHORT_PLURALS = java.util.Map.of(
            "guns", "gun", "jets", "jet", "subs", "sub", "rpgs", "rpg", "ieds", "ied", "tels", "tel", "caps", "cap");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    /** One piece of a word with its offsets in the text. */
    public record Piece(String key, int start, int end) {
    }

    private TermNormalizer() {
    }

    /** Whether the character separates pieces inside a word. */
    public static boolean isPieceBreak(char c) {
        return c == '/' || DASHES.indexOf(c) >= 0;
    }

    /**
     * Cuts a word (as written at {@code offset} in the text) into pieces and normalises each; pieces
     * that normalise to nothing are dropped.
     */
    public static void pieces(String word, int offset, List<Piece> out) {
        int pieceStart = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || isPieceBreak(word.charAt(i))) {
                if (i > pieceStart) {
                    String key = key(word.substring(pieceStart, i));
                    if (!key.isEmpty()) {
                        out.add(new Piece(key, offset + pieceStart, offset + i));
                    }
                }
                pieceStart = i + 1;
            }
        }
    }

    /**
     * The keys of a gazetteer name, split on whitespace and around brackets and punctuation, which the
     * tokenizers also split off ("Tripoli, Lebanon" gives [tripoli, ",", lebanon]).
     */
    public static List<String> keysOfName(String name) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (Character.isWhitespace(c) || "()[],;:\"“”".indexOf(c) >= 0) {
                if (word.length() > 0) {
                    pieces(word.toString(), 0, pieces);
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    pieces.add(new Piece(String.valueOf(c), 0, 1));
                }
            } else {
                word.append(c);
            }
        }
        List<String> keys = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            keys.add(piece.key());
        }
        return keys;
    }

    /** The matching key of one piece. */
    public static String key(String piece) {
        String s = piece;
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('\u00D7', 'x');
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('.') >= 0 && s.length() > 1 && !hasDigit(s)) {
            s = s.replace(".", "");
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return singular(s);
    }

    /** A conservative singular: only the regular English plural endings of words longer than four letters. */
    static String singular(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 1) == 's' && Character.isDigit(s.charAt(n - 2))) {
            // "AK-47s", "T-72s": the plural of a designation
            return s.substring(0, n - 1);
        }
        if (n <= 4) {
            // short words are mostly not plurals ("arms", "gas", "bus"); these few are, and are common
            String known = SHORT_PLURALS.get(s);
            return known != null ? known : s;
        }
        if (!Character.isLetter(s.charAt(n - 1))) {
            return s;
        }
        if (s.endsWith("ies")) {
            return s.substring(0, n - 3) + "y";
        }
        if (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes")) {
            return s.substring(0, n - 2);
        }
        if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && !s.endsWith("as")
                && !s.endsWith("os")) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
