package org.interdict.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.interdict.Document;
import org.interdict.cli.batch.EventCsv;
import org.interdict.corpus.BundledCorpus;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code interdict extract} over archives: every input kind, threads, resume, CSV. */
class ExtractBatchTest {

    private static final String BUSAN = "In May 2012, 445 North Korean-made graphite cylinders were seized in Busan. "
            + "They were en route to Syria.";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<Document> reports;

    @BeforeAll
    static void reports() {
        // enough real reports to keep two threads busy, few enough to keep the test quick
        reports = BundledCorpus.documents().subList(0, 24);
    }

    private static Path writeJsonLines(Path file, List<Document> documents) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Document document : documents) {
            ObjectNode node = JsonCodec.mapper().createObjectNode().put("id", document.id()).put("text", document.text());
            if (document.published() != null) {
                node.put("published", document.published().toString());
            }
            lines.add(node.toString());
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static byte[] warc(String uri, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                html.getBytes(StandardCharsets.UTF_8)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
            writer.write(new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2012-06-01T00:00:00Z")).body(http).build());
        }
        return bytes.toByteArray();
    }

    @Test
    void readsEveryKindCountsAndReportsErrors(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-busan.txt"), BUSAN);
        Files.writeString(in.resolve("b-page.html"), "<html><head><title>Busan</title>"
                + "<meta property=\"article:published_time\" content=\"2012-05-21T09:00:00+09:00\"></head><body>"
                + "<nav>Home | World | Asia</nav><article><p>" + BUSAN + "</p></article><footer>(c)</footer></body></html>");
        Files.writeString(in.resolve("c-lines.jsonl"), String.join("\n",
                "{\"id\":\"quiet\",\"text\":\"Nothing happened.\"}",
                "{not json",
                "{\"id\":\"no-text\"}"));
        try (OutputStream zip = new GZIPOutputStream(Files.newOutputStream(in.resolve("d-zipped.jsonl.gz")))) {
            zip.write(("{\"id\":\"zipped\",\"published\":\"2012-06-01\",\"text\":\"" + BUSAN + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] first = warc("http://example.org/busan", "<p>" + BUSAN + "</p>");
        byte[] bad = "WARC/1.0\r\nthis is no header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(in.resolve("e-crawl.warc"), concat(first, bad, warc("http://example.org/quiet", "<p>Calm seas.</p>")));
        Files.write(in.resolve("f-latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));

        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");
        CliRun run = run("extract", "--threads", "2", "--published", "2012-06-01", "--out", out.toString(),
                "--errors", errors.toString(), "--index", dir.resolve("index").toString(), in.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("documents read 10, processed 6, skipped 0, failed 4; events 4"), run.err());

        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            ids.add(JsonCodec.mapper().readTree(line).path("docId").asText());
        }
        assertEquals(List.of("a-busan", "b-page", "quiet", "zipped", "http://example.org/busan", "http://example.org/quiet"), ids);
        JsonNode page = JsonCodec.mapper().readTree(Files.readAllLines(out).get(1));
        assertEquals("2012-05-21", page.path("published").asText());

        List<JsonNode> problems = new ArrayList<>();
        for (String line : Files.readAllLines(errors)) {
            problems.add(JsonCodec.mapper().readTree(line));
        }
        assertEquals(4, problems.size(), problems.toString());
        assertProblem(problems.get(0), in.resolve("c-lines.jsonl"), "line 2", "not valid JSON");
        assertProblem(problems.get(1), in.resolve("c-lines.jsonl"), "line 3 (id no-text)", "no \"text\"");
        assertProblem(problems.get(2), in.resolve("e-crawl.warc"), "offset " + first.length, "not a valid WARC record");
        assertProblem(problems.get(3), in.resolve("f-latin1.txt"), null, "not valid UTF-8");

        CliRun search = run("search", "--index", dir.resolve("index").toString(), "destination:SYR");
        assertEquals(0, search.code(), search.err());
        // one readable line per event, starting with its id (other lines, such as evidence, are indented)
        assertEquals(4, search.out().lines().filter(line -> line.matches("\\S+#e\\d+\\s.*")).count(), search.out());
    }

    private static void assertProblem(JsonNode problem, Path source, String position, String reason) {
        assertEquals(source.toString(), problem.path("source").asText(), problem.toString());
        if (position == null) {
            assertTrue(problem.path("position").isNull(), problem.toString());
        } else {
            assertEquals(position, problem.path("position").asText(), problem.toString());
        }
        assertTrue(problem.path("reason").asText().startsWith(reason), problem.toString());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameBytes(@TempDir Path dir) throws Exception {
        Path input = writeJsonLines(dir.resolve("reports.jsonl"), reports);
        for (String format : List.of("jsonl", "csv")) {
            Path one = dir.resolve("one." + format);
            Path two = dir.resolve("two." + format);
            CliRun first = run("extract", "--threads", "1", "--format", format, "--out", one.toString(), input.toString());
            assertEquals(0, first.code(), first.err());
            CliRun second = run("extract", "--threads", "2", "--format", format, "--out", two.toString(), input.toString());
            assertEquals(0, second.code(), second.err());
            assertTrue(first.err().contains("documents read 24, processed 24, skipped 0, failed 0"), first.err());
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), format);
        }
        assertEquals(reports.size(), Files.readAllLines(dir.resolve("one.jsonl")).size());
    }

    @Test
    void anInterruptedRunResumesToTheSameOutput(@TempDir Path dir) throws Exception {
        Path input = writeJsonLines(dir.resolve("reports.jsonl"), reports);
        for (String format : List.of("jsonl", "csv")) {
            Path clean = dir.resolve("clean." + format);
            CliRun cleanRun = run("extract", "--threads", "2", "--format", format, "--out", clean.toString(), input.toString());
            assertEquals(0, cleanRun.code(), cleanRun.err());
            byte[] expected = Files.readAllBytes(clean);

            // interrupted: the first lines written, then a line cut in the middle
            String text = new String(expected, StandardCharsets.UTF_8);
            int cut = nthLineEnd(text, format.equals("csv") ? 12 : 9) + 25;
            Path resumed = Files.writeString(dir.resolve("resumed." + format), text.substring(0, cut));
            CliRun resume = run("extract", "--threads", "2", "--format", format, "--resume", "--out", resumed.toString(),
                    input.toString());
            assertEquals(0, resume.code(), resume.err());
            assertArrayEquals(expected, Files.readAllBytes(resumed), format + "\n" + resume.err());
            if (format.equals("jsonl")) {
                assertTrue(resume.err().contains("documents read 24, processed 15, skipped 9, failed 0"), resume.err());
            }

            // resuming a finished run does no work and changes nothing
            CliRun again = run("extract", "--format", format, "--resume", "--out", resumed.toString(), input.toString());
            assertEquals(0, again.code(), again.err());
            assertArrayEquals(expected, Files.readAllBytes(resumed), format);
        }
    }

    private static int nthLineEnd(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf('\n', at + 1);
        }
        return at + 1;
    }

    @Test
    void resumeRefusesAFileThatIsNotItsOutput(@TempDir Path dir) throws Exception {
        Path input = writeJsonLines(dir.resolve("reports.jsonl"), reports.subList(0, 1));
        Path notOutput = Files.writeString(dir.resolve("notes.jsonl"), "my notes\nmore notes\n");
        CliRun run = run("extract", "--resume", "--out", notOutput.toString(), input.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("cannot resume"), run.err());
        assertEquals("my notes\nmore notes\n", Files.readString(notOutput));
        assertEquals(2, run("extract", "--resume", "--out", "-", input.toString()).code());
        assertEquals(2, run("extract", "--threads", "0", input.toString()).code());
        assertEquals(2, run("extract", "--format", "xml", input.toString()).code());
    }

    @Test
    void csvHasOneRowPerEventAndEscapesFormulas(@TempDir Path dir) throws Exception {
        Path input = writeJsonLines(dir.resolve("in.jsonl"), List.of(
                new Document("=HYPERLINK(\"http://evil\")", BUSAN, null, null),
                new Document("quiet", "Nothing happened.", null, null),
                new Document("@busan", BUSAN, null, null)));
        CliRun run = run("extract", "--format", "csv", "--published", "2012-06-01", "--out", "-", input.toString());
        assertEquals(0, run.code(), run.err());
        try (CSVParser parser = CSVParser.parse(run.out(), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(EventCsv.HEADER, records.get(0).toList());
            assertEquals(3, records.size(), run.out());
            CSVRecord first = records.get(1);
            assertEquals("'=HYPERLINK(\"http://evil\")", first.get(0));
            assertEquals("'=HYPERLINK(\"http://evil\")#e1", first.get(2));
            assertEquals("SEIZURE", first.get(3));
            assertEquals("SYR", first.get(EventCsv.HEADER.indexOf("destination")));
            assertEquals("'@busan", records.get(2).get(0));
            assertTrue(first.get(EventCsv.HEADER.indexOf("evidence")).contains("seized in Busan"), first.toString());
        }
    }
}
