package org.interdict.corpus;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The HTML pages of a {@code .warc} or {@code .warc.gz} file, read record by record with jwarc.
 *
 * <p>A {@code response} record whose HTTP status is 2xx and whose payload is {@code text/html} or
 * {@code application/xhtml+xml} (and a {@code resource} record of those types) becomes a document: id =
 * the record's target URI (else its record id), text and title from the HTML ({@link HtmlText}), published
 * = the date in the HTML's metadata, else the record's WARC-Date, else the default. Other records are
 * passed over silently.
 *
 * <p>A record that cannot be parsed is a {@link SourceProblem} at {@code "offset N"} (its byte offset in
 * the file, as a CDX index would give it); the reader then looks for the next record (the next
 * {@code WARC/1.x} line, or the next gzip member in a {@code .warc.gz}) and reads on.
 */
final class WarcSource {

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final ReadOptions options;
    private final Emitter emitter;
    /** The offset of the last record reported as a problem, so that one bad record is reported once. */
    private long reported = -1;

    private WarcSource(Path file, Emitter emitter) {
        this.file = file;
        this.options = emitter.options();
        this.emitter = emitter;
    }

    /** Reads the documents of one WARC file, handing them and its problems to the emitter. */
    static void read(Path file, Emitter emitter) {
        WarcSource source = new WarcSource(file, emitter);
        long start = 0;
        boolean resynced = false;
        while (start >= 0) {
            start = source.readFrom(start, resynced);
            resynced = true;
        }
    }

    /** Reads records from {@code start} on; returns where to go on after a bad record, or -1 at the end. */
    private long readFrom(long start, boolean resynced) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            boolean first = true;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    long offset = reader.position();
                    boolean gzip = reader.compression() == WarcCompression.GZIP;
                    if (resynced && first && gzip && (e instanceof ZipException || e instanceof EOFException)) {
                        // a gzip magic number found by chance inside compressed data, not a record: say nothing
                        return nextRecord(offset + 1, true);
                    }
                    if (!gzip && onlyLineEndsFrom(offset)) {
                        return -1; // the end of a last record's trailer, cut: nothing lost
                    }
                    if (offset != reported) {
                        problem(offset, e instanceof EOFException ? "truncated WARC record"
                                : "not a valid WARC record: " + message(e));
                    }
                    return e instanceof EOFException ? -1 : nextRecord(offset + 1, gzip);
                }
                if (next.isEmpty()) {
                    return -1;
                }
                first = false;
                read(next.get(), reader.position());
            }
        } catch (IOException e) {
            emitter.problem(file.toString(), start == 0 ? null : "offset " + start, "cannot read: " + message(e));
            return -1;
        }
    }

    private void read(WarcRecord record, long offset) {
        if (!(record instanceof WarcResponse || record instanceof WarcResource)) {
            return;
        }
        String id = "offset " + offset;
        HtmlText.Page page;
        Instant crawled;
        try {
            WarcTargetRecord target = (WarcTargetRecord) record;
            id = target.target() != null && !target.target().isBlank() ? target.target() : record.id().toString();
            MediaType type;
            long size;
            InputStream body;
            if (record instanceof WarcResponse response) {
                MediaType recordType = response.contentType();
                if (!"application".equalsIgnoreCase(recordType.type()) || !"http".equalsIgnoreCase(recordType.subtype())) {
                    return;
                }
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) {
                    return;
                }
                type = http.contentType();
                size = http.body().size();
                if (!isHtml(type)) {
                    return;
                }
                body = http.bodyDecoded().stream();
            } else {
                type = record.contentType();
                size = record.body().size();
                if (!isHtml(type)) {
                    return;
                }
                body = record.body().stream();
            }
            long cap = options.maxMarkupBytes();
            if (size > cap) {
                problem(offset, id + ": " + emitter.overCap(size + " bytes of HTML"));
                return;
            }
            try (InputStream in = new CappedInputStream(body, cap)) {
                page = HtmlText.parse(in, type.parameters().get("charset"), id);
            }
            crawled = record.date();
        } catch (IOException | RuntimeException e) {
            problem(offset, id + ": " + (CappedInputStream.isOverCap(e)
                    ? emitter.overCap("more than " + options.maxMarkupBytes() + " bytes of HTML once decoded")
                    : "cannot parse the record: " + message(e)));
            return;
        }
        LocalDate published = page.published() != null ? page.published()
                : crawled != null ? LocalDate.ofInstant(crawled, ZoneOffset.UTC) : options.defaultPublished();
        emitter.document(file.toString(), "offset " + offset, id, page.text(), published, page.title());
    }

    private void problem(long offset, String reason) {
        reported = offset;
        emitter.problem(file.toString(), "offset " + offset, reason);
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Whether the file holds nothing but a few CR and LF bytes from {@code offset} to its end. */
    private boolean onlyLineEndsFrom(long offset) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long rest = channel.size() - offset;
            if (rest > 4) {
                return false;
            }
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate((int) Math.max(rest, 0));
            channel.read(bytes, offset);
            for (int i = 0; i < bytes.position(); i++) {
                if (bytes.get(i) != '\r' && bytes.get(i) != '\n') {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The offset of the next place a record may start, at or after {@code from}: a gzip member header
     * ({@code 1f 8b 08}) in a compressed file, else a {@code WARC/1.} at the start of a line; -1 if none.
     */
    private long nextRecord(long from, boolean gzip) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (from >= channel.size()) {
                return -1;
            }
            channel.position(from);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            byte[] magic = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_MAGIC;
            int matched = 0;
            int previous = -1;
            long offset = from;
            for (int b = in.read(); b >= 0; b = in.read(), offset++) {
                // neither magic repeats its first byte, so a failed partial match can only restart there
                if (matched > 0 && b == (magic[matched] & 0xff)) {
                    matched++;
                } else if (b == (magic[0] & 0xff) && (gzip || previous == '\n')) {
                    matched = 1;
                } else {
                    matched = 0;
                }
                if (matched == magic.length) {
                    return offset - magic.length + 1;
                }
                previous = b;
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
