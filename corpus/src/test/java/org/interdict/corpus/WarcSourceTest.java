package org.interdict.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.interdict.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;

class WarcSourceTest {

    private static final Instant CRAWLED = Instant.parse("2013-08-01T12:00:00Z");

    private record Read(List<Document> documents, List<SourceProblem> problems) {
    }

    private static Read read(Path file, ReadOptions options) {
        List<Document> documents = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        Sources.openWith(file, options).forEach(documents::add, problems::add);
        return new Read(documents, problems);
    }

    private static byte[] page(String uri, String body) throws IOException {
        return WarcFiles.bytes(false, WarcFiles.htmlResponse(uri, CRAWLED, body));
    }

    @Test
    void readsHtmlResponsesAndPassesOverOtherRecords() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            byte[] warc = WarcFiles.bytes(gzip,
                    WarcFiles.htmlResponse("http://example.org/busan", CRAWLED,
                            "<html><head><title>Busan</title><meta name=\"date\" content=\"2012-05-20\"></head>"
                                    + "<body><nav>menu</nav><p>Cylinders were seized in Busan.</p></body></html>"),
                    WarcFiles.response("http://example.org/style.css", CRAWLED, 200, MediaType.parse("text/css"), "p {}"),
                    WarcFiles.response("http://example.org/missing", CRAWLED, 404, MediaType.HTML_UTF8, "<p>Not found</p>"),
                    WarcFiles.resource("http://example.org/report", CRAWLED, MediaType.HTML, "<p>A resource page.</p>"),
                    WarcFiles.htmlResponse("http://example.org/undated", CRAWLED, "<p>No date in the page.</p>"));
            Path file = Files.write(Files.createTempDirectory("warc").resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), warc);
            Read read = read(file, ReadOptions.defaults().withPublished(LocalDate.of(2000, 1, 1)));
            assertEquals(List.of(), read.problems());
            assertEquals(List.of(
                    new Document("http://example.org/busan", "Cylinders were seized in Busan.", LocalDate.of(2012, 5, 20), "Busan"),
                    new Document("http://example.org/report", "A resource page.", LocalDate.of(2013, 8, 1), null),
                    new Document("http://example.org/undated", "No date in the page.", LocalDate.of(2013, 8, 1), null)),
                    read.documents(), "gzip " + gzip);
        }
    }

    @Test
    void reportsABadRecordAtItsOffsetAndReadsOn(@TempDir Path dir) throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            byte[] first = WarcFiles.bytes(gzip, WarcFiles.htmlResponse("http://example.org/1", CRAWLED, "<p>One.</p>"));
            byte[] bad = WarcFiles.badRecord(gzip);
            byte[] third = WarcFiles.bytes(gzip, WarcFiles.htmlResponse("http://example.org/3", CRAWLED, "<p>Three.</p>"));
            Path file = Files.write(dir.resolve(gzip ? "bad.warc.gz" : "bad.warc"), WarcFiles.concat(first, bad, third));
            Read read = read(file, ReadOptions.defaults());
            assertEquals(List.of("http://example.org/1", "http://example.org/3"),
                    read.documents().stream().map(Document::id).toList(), "gzip " + gzip);
            assertEquals(1, read.problems().size(), read.problems().toString());
            SourceProblem problem = read.problems().get(0);
            assertEquals(file.toString(), problem.source());
            assertEquals("offset " + first.length, problem.position(), "gzip " + gzip);
            assertTrue(problem.reason().startsWith("not a valid WARC record"), problem.reason());
        }
    }

    @Test
    void reportsAGzipMemberThatIsNotGzipAndReadsOn(@TempDir Path dir) throws Exception {
        byte[] first = WarcFiles.bytes(true, WarcFiles.htmlResponse("http://example.org/1", CRAWLED, "<p>One.</p>"));
        byte[] broken = {0x1f, (byte) 0x8b, 0x08, 0, 0, 0, 0, 0, 0, (byte) 0xff, 0x13, 0x37, 0x42, 0x42, 0x42, 0x42};
        byte[] third = WarcFiles.bytes(true, WarcFiles.htmlResponse("http://example.org/3", CRAWLED, "<p>Three.</p>"));
        Path file = Files.write(dir.resolve("broken.warc.gz"), WarcFiles.concat(first, broken, third));
        Read read = read(file, ReadOptions.defaults());
        assertEquals(List.of("http://example.org/1", "http://example.org/3"), read.documents().stream().map(Document::id).toList());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertEquals("offset " + first.length, read.problems().get(0).position());
    }

    @Test
    void reportsATruncatedFileOnce(@TempDir Path dir) throws Exception {
        byte[] first = page("http://example.org/1", "<p>One.</p>");
        byte[] second = page("http://example.org/2", "<p>Two, cut short by a crash in the middle of this record.</p>");
        for (int cutBytes : new int[] {20, 40, second.length - 30}) {
            byte[] cut = java.util.Arrays.copyOf(second, second.length - cutBytes);
            Path file = Files.write(dir.resolve("cut.warc"), WarcFiles.concat(first, cut));
            Read read = read(file, ReadOptions.defaults());
            assertEquals("http://example.org/1", read.documents().get(0).id());
            assertEquals(1, read.problems().size(), cutBytes + ": " + read.problems());
            assertEquals("offset " + first.length, read.problems().get(0).position());
        }
        // only the end of the last trailer lost: both records are whole
        Path file = Files.write(dir.resolve("cut.warc"), WarcFiles.concat(first, java.util.Arrays.copyOf(second, second.length - 3)));
        Read read = read(file, ReadOptions.defaults());
        assertEquals(2, read.documents().size());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void notAWarcAtAllIsOneProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("junk.warc"), "just some text\nthat is not a WARC file\n");
        Read read = read(file, ReadOptions.defaults());
        assertEquals(List.of(), read.documents());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertEquals("offset 0", read.problems().get(0).position());
    }

    @Test
    void aPageOverTheSizeCapIsAProblem(@TempDir Path dir) throws Exception {
        String big = "<p>" + "word ".repeat(100) + "</p>";
        Path file = Files.write(dir.resolve("big.warc"), WarcFiles.concat(page("http://example.org/big", big),
                page("http://example.org/small", "<p>small</p>")));
        Read read = read(file, ReadOptions.defaults().withMaxChars(100));
        assertEquals(List.of("http://example.org/small"), read.documents().stream().map(Document::id).toList());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).reason().contains("over the size cap"), read.problems().get(0).reason());
        assertTrue(read.problems().get(0).reason().startsWith("http://example.org/big"), read.problems().get(0).reason());
        assertEquals("offset 0", read.problems().get(0).position());
    }

    @Test
    void decodesTheDeclaredCharset(@TempDir Path dir) throws Exception {
        byte[] latin1 = "<p>Caf\u00e9 in S\u00e3o Paulo</p>".getBytes(StandardCharsets.ISO_8859_1);
        var http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=ISO-8859-1"), latin1).build();
        var record = new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("http://example.org/cafe"))
                .date(CRAWLED).body(http).build();
        Path file = Files.write(dir.resolve("latin1.warc"), WarcFiles.bytes(false, record));
        assertEquals("Caf\u00e9 in S\u00e3o Paulo", read(file, ReadOptions.defaults()).documents().get(0).text());
    }
}
