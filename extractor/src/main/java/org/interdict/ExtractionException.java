package org.interdict;

/** A stage failed on a document; names the document and the stage. */
public class ExtractionException extends RuntimeException {

    private final String docId;

    public ExtractionException(String docId, String stage, Throwable cause) {
        super("document " + docId + ": " + stage + " failed: " + cause, cause);
        this.docId = docId;
    }

    public String docId() {
        return docId;
    }
}
