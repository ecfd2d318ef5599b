package org.interdict.text;

/**
 * A sentence: its character span in the document and the range of its tokens, both end exclusive.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

    public Sentence {
        if (start < 0 || end < start || firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad sentence chars [" + start + ", " + end + ") tokens ["
                    + firstToken + ", " + endToken + ")");
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
