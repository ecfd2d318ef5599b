package org.interdict.corpus;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by {@code \n}, {@code \r} or {@code \r\n}, as {@link java.io.BufferedReader#readLine}
 * ends them) but keeps at most a given number of characters of each: a longer line is read to its end and
 * only its length is kept, so that one endless line cannot fill the heap. Not thread-safe.
 */
final class BoundedLineReader {

    /** One line: its text, or null when it was longer than the limit; its length; whether it is blank. */
    record Line(String text, long length, boolean blank) {
    }

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean pendingCarriageReturn;

    BoundedLineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean blank = true;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(length > max ? null : text.toString(), length, blank) : null;
                }
            }
            char c = buffer[position++];
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (c == '\n') {
                    continue;  // the second half of \r\n
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCarriageReturn = c == '\r';
                return new Line(length > max ? null : text.toString(), length, blank);
            }
            if (length < max) {
                text.append(c);
            } else if (length == max) {
                text = new StringBuilder();  // too long: let the characters go
            }
            length++;
            blank = blank && Character.isWhitespace(c);
        }
    }
}
