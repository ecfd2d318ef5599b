package org.interdict.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC records as bytes with jwarc's writer, for tests. */
final class WarcFiles {

    private WarcFiles() {
    }

    /** An HTTP response record of an HTML page. */
    static WarcRecord htmlResponse(String uri, Instant date, String html) throws IOException {
        return response(uri, date, 200, MediaType.HTML_UTF8, html);
    }

    static WarcRecord response(String uri, Instant date, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).date(date).body(http).build();
    }

    static WarcRecord resource(String uri, Instant date, MediaType type, String body) {
        return new WarcResource.Builder(URI.create(uri)).date(date).body(type, body.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The records as a WARC file's bytes, each record its own gzip member when {@code gzip}. */
    static byte[] bytes(boolean gzip, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        for (WarcRecord record : records) {
            writer.write(record);
        }
        writer.close();
        return out.toByteArray();
    }

    /** A record whose header cannot be parsed (a field without a colon), gzipped when {@code gzip}. */
    static byte[] badRecord(boolean gzip) throws IOException {
        byte[] raw = "WARC/1.0\r\nWARC-Type response\r\nthis is not a header field\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        if (!gzip) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
