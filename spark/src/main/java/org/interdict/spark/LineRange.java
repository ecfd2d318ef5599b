package org.interdict.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte ranges of a large JSON Lines file, so that one file can feed many tasks. A range starts right
 * after a line feed (or at 0), so no line is cut; the driver finds the starts by reading a little at each
 * cut, never the whole file. A task reads its range through {@link #open}, which counts the line ends it
 * passes: problems carry line numbers from the range's start, and the driver adds the line ends of the
 * ranges before it ({@link LineNumbers}).
 */
final class LineRange {

    private LineRange() {
    }

    /**
     * The starts of the ranges of a file of {@code size} bytes: 0, then the first line start at or after
     * each further {@code splitBytes} (a range may be longer than {@code splitBytes}, never shorter,
     * except the last; a single line longer than that is one range).
     */
    static List<Long> starts(Path file, long size, long splitBytes) throws IOException {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long target = splitBytes;
            while (target < size) {
                long start = lineStartFrom(channel, target, size);
                if (start >= size) {
                    break;
                }
                starts.add(start);
                target = start + splitBytes;
            }
        }
        return starts;
    }

    /** The first position at or after {@code from} that follows a line feed; {@code size} if none. */
    private static long lineStartFrom(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = from - 1;  // the byte before a line start is the line feed
        while (position < size) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                return size;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
        return size;
    }

    /** A stream over bytes {@code [start, end)} of the file that counts the line ends it reads. */
    static Counting open(Path file, long start, long end) throws IOException {
        return new Counting(FileChannel.open(file, StandardOpenOption.READ), start, end);
    }

    /**
     * The bytes of one range, counting line ends as {@link java.io.BufferedReader#readLine} sees them:
     * a line feed, a carriage return, or the two together count once.
     */
    static final class Counting extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;
        private long lineEnds;
        private boolean afterCarriageReturn;

        private Counting(FileChannel channel, long start, long end) {
            this.channel = channel;
            this.position = start;
            this.end = end;
        }

        /** The line ends read so far; all of the range's once the stream is read to its end. */
        long lineEnds() {
            return lineEnds;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= end) {
                return -1;
            }
            int wanted = (int) Math.min(length, end - position);
            int read = channel.read(ByteBuffer.wrap(bytes, offset, wanted), position);
            if (read < 0) {
                return -1;
            }
            position += read;
            for (int i = offset; i < offset + read; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    if (!afterCarriageReturn) {
                        lineEnds++;
                    }
                    afterCarriageReturn = false;
                } else if (b == '\r') {
                    lineEnds++;
                    afterCarriageReturn = true;
                } else {
                    afterCarriageReturn = false;
                }
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
