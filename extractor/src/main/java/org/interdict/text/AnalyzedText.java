package org.interdict.text;

import java.util.List;

/** The tokens and sentences of one text; every offset is into {@code text}. Immutable. */
public record AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {

    public AnalyzedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    /** The index of the sentence that holds the token, by binary search. */
    public int sentenceOfToken(int tokenIndex) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence sentence = sentences.get(mid);
            if (tokenIndex < sentence.firstToken()) {
                high = mid - 1;
            } else if (tokenIndex >= sentence.endToken()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
