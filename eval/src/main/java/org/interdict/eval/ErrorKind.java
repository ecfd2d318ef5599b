package org.interdict.eval;

/** Whether an error is a prediction with no gold counterpart or a gold item that was not predicted. */
public enum ErrorKind {
    FALSE_POSITIVE,
    FALSE_NEGATIVE;

    /** "FP" or "FN". */
    public String shortName() {
        return this == FALSE_POSITIVE ? "FP" : "FN";
    }
}
