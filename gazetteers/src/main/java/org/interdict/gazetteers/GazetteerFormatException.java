package org.interdict.gazetteers;

/** A gazetteer file that cannot be read: names the file, the line and the reason. */
public class GazetteerFormatException extends RuntimeException {

    private final String file;
    private final int line;

    public GazetteerFormatException(String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The file (or resource) name. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
