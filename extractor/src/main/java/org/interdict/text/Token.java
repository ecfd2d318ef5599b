package org.interdict.text;

/**
 * One token: its text as written and its UTF-16 offsets into the document, end exclusive.
 */
public record Token(String text, int start, int end) {

    public Token {
        if (text == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token '" + text + "' [" + start + ", " + end + ")");
        }
    }
}
