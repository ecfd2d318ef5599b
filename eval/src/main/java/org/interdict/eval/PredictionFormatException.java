package org.interdict.eval;

/**
 * A prediction that does not have the SCHEMA.md shape. Names the document and the reason (with the
 * JSON path of the offending field).
 */
public class PredictionFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String docId;
    private final String reason;

    public PredictionFormatException(String docId, String reason) {
        super("prediction for " + docId + ": " + reason);
        this.docId = docId;
        this.reason = reason;
    }

    /** The document whose prediction failed (the key it was given under). */
    public String docId() {
        return docId;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
