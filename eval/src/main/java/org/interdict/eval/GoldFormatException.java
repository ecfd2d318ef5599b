package org.interdict.eval;

import java.io.IOException;

/** A gold file that cannot be read: not JSON, or a field of the wrong shape. Names the file and the reason. */
public class GoldFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public GoldFormatException(String source, String reason) {
        this(source, reason, null);
    }

    public GoldFormatException(String source, String reason, Throwable cause) {
        super("gold file " + source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file (a path, or a jar entry) that failed. */
    public String source() {
        return source;
    }

    /** What is wrong, with the JSON path of the offending field where there is one. */
    public String reason() {
        return reason;
    }
}
