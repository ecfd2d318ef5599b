package org.interdict.gazetteers;

import javax.xml.stream.XMLStreamException;

/** XML that {@link SafeXml} refuses to read (a DOCTYPE, an entity declaration): names the input and the line. */
public class UnsafeXmlException extends XMLStreamException {

    private final String input;
    private final int line;
    private final String reason;

    public UnsafeXmlException(String input, int line, String reason) {
        super(input + ":" + line + ": " + reason);
        this.input = input;
        this.line = line;
        this.reason = reason;
    }

    /** Why the input was refused. */
    public String reason() {
        return reason;
    }

    /** The file or stream name the caller gave. */
    public String input() {
        return input;
    }

    /** The 1-based line of the refused construct, or 0 when unknown. */
    public int line() {
        return line;
    }
}
