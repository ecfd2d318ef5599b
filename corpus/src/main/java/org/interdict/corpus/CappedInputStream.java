package org.interdict.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails with {@link OverCapException} once more than a number of bytes have been read. */
final class CappedInputStream extends FilterInputStream {

    /** More bytes than the cap. */
    static final class OverCapException extends IOException {
        OverCapException(long cap) {
            super("more than " + cap + " bytes");
        }
    }

    /** Whether the failure, or one of its causes, is an {@link OverCapException}. */
    static boolean isOverCap(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof OverCapException) {
                return true;
            }
        }
        return false;
    }

    private final long cap;
    private long count;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws OverCapException {
        count += n;
        if (count > cap) {
            throw new OverCapException(cap);
        }
    }
}
