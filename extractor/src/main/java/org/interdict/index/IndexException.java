package org.interdict.index;

/** The event index could not be opened, written or searched; names the index directory. */
public class IndexException extends RuntimeException {

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
