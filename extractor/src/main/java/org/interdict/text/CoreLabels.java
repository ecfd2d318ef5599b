package org.interdict.text;

import edu.stanford.nlp.ling.CoreLabel;

/** CoreNLP tokens made from ours, for the CoreNLP components that read them (TokensRegex, SUTime). */
public final class CoreLabels {

    private CoreLabels() {
    }

    /** A label with the word as written and its character offsets (CharacterOffsetBegin/End). */
    public static CoreLabel of(String word, int start, int end) {
        CoreLabel label = new CoreLabel();
        label.setWord(word);
        label.setValue(word);
        label.setOriginalText(word);
        label.setBeginPosition(start);
        label.setEndPosition(end);
        return label;
    }

    public static CoreLabel of(Token token) {
        return of(token.text(), token.start(), token.end());
    }
}
