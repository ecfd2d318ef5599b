package org.interdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.interdict.cli.Main;
import org.interdict.index.EventHit;
import org.interdict.index.EventIndex;
import org.interdict.index.QueryMode;
import org.interdict.index.SortOrder;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the CLI's {@code extract} over the same inputs (the bundled corpus
 * as JSON Lines with one bad line, read in byte ranges; a small WARC; a corrupt WARC): the same output
 * lines, the same counts and problems, a merged index that answers like the CLI's index, and Parquet
 * that holds the same records.
 */
class SparkJobTest {

    /** Field queries, year ranges and free text; each matches something in the corpus (checked below). */
    private static final List<String> QUERIES = List.of(
            "type:SEIZURE", "type:TRANSFER", "modality:ASSERTED", "origin:PRK", "destination:IRN",
            "destination:SYR", "country:PRK", "weapon:missile", "category:MISSILE_COMPONENT", "instrument:UNSCR-1718",
            "vessel:\"Chong Chon Gang\"", "year:[2009 TO 2013]", "year:[1990 TO 2005]", "date:2013",
            "missiles", "sugar", "seized cargo ship", "rifles OR ammunition", "weapon:missile AND year:[2000 TO 2015]",
            "doc:\"" + TestInputs.SEIZURE_PAGE + "\"", "*:*");

    @TempDir
    static Path dir;

    private static List<Path> inputs;
    private static Path cliOut;
    private static Path cliIndex;
    private static Path cliErrors;
    private static String cliSummary;
    private static JobResult job;
    private static JavaSparkContext spark;

    @BeforeAll
    static void runBoth() throws IOException {
        inputs = TestInputs.write(Files.createDirectories(dir.resolve("in")));
        cliOut = dir.resolve("cli.jsonl");
        cliIndex = dir.resolve("cli-index");
        cliErrors = dir.resolve("cli-errors.jsonl");
        List<String> args = new ArrayList<>(List.of("extract", "--threads", "2", "--out", cliOut.toString(),
                "--index", cliIndex.toString(), "--errors", cliErrors.toString()));
        inputs.forEach(input -> args.add(input.toString()));
        long cliStart = System.nanoTime();
        cliSummary = runCli(args.toArray(new String[0]));
        double cliSeconds = (System.nanoTime() - cliStart) / 1e9;

        // ranges of 16 KB cut each corpus file into a few partitions, as 128 MB ranges cut a large file
        JobSpec spec = JobSpec.of(inputs, dir.resolve("spark-out")).withIndex(dir.resolve("spark-index"))
                .withParquet(dir.resolve("spark-parquet")).withSplitBytes(16 * 1024);
        spark = new JavaSparkContext(TestInputs.localSpark());
        job = ExtractionJob.run(spark, spec);
        // for the record only (the machine is shared): no test depends on these
        System.out.printf("CLI --threads 2: %.1f s (%s); Spark local[2]: %.1f s (%s)%n", cliSeconds, cliSummary,
                job.seconds(), job.summary());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.close();
        }
    }

    /** Runs the CLI in this JVM and returns its summary line (stderr's last line). */
    private static String runCli(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setErr(err);
        }
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, stderr);
        List<String> lines = stderr.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void writesTheCliOutputLineForLineInInputOrder() throws IOException {
        List<String> sparkLines = new ArrayList<>();
        for (Path part : job.parts()) {
            sparkLines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        List<String> cliLines = Files.readAllLines(cliOut, StandardCharsets.UTF_8);
        assertTrue(cliLines.size() > 80, "the CLI wrote " + cliLines.size() + " lines");
        assertEquals(cliLines.size(), sparkLines.size());
        for (int i = 0; i < cliLines.size(); i++) {
            assertEquals(cliLines.get(i), sparkLines.get(i), "line " + (i + 1));
        }
        // and byte for byte, line ends included
        byte[] cliBytes = Files.readAllBytes(cliOut);
        ByteArrayOutputStream sparkBytes = new ByteArrayOutputStream();
        for (Path part : job.parts()) {
            sparkBytes.writeBytes(Files.readAllBytes(part));
        }
        assertEquals(new String(cliBytes, StandardCharsets.UTF_8), sparkBytes.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(job.out().resolve("_SUCCESS")));
        assertFalse(Files.exists(job.out().resolve("_temporary")), "task attempts are cleaned up");
        assertFalse(Files.exists(job.out().resolve("_shards")), "shards are removed once merged");
    }

    @Test
    void countsAddUpAndMatchTheCli() {
        JobCounts counts = job.counts();
        assertEquals(counts.read(), counts.processed() + counts.skipped() + counts.failed(), counts.toString());
        Matcher cli = Pattern.compile("documents read (\\d+), processed (\\d+), skipped (\\d+), failed (\\d+); events (\\d+)")
                .matcher(cliSummary);
        assertTrue(cli.find(), cliSummary);
        JobCounts expected = new JobCounts(Long.parseLong(cli.group(1)), Long.parseLong(cli.group(2)),
                Long.parseLong(cli.group(3)), Long.parseLong(cli.group(4)), Long.parseLong(cli.group(5)));
        assertEquals(expected, counts);
        // 81 reports and 2 HTML pages processed; the bad line and the corrupt file failed
        assertEquals(83, counts.processed());
        assertEquals(2, counts.failed());
        assertTrue(job.partitions() > 6, "the corpus files are read in ranges: " + job.partitions() + " partitions");
    }

    @Test
    void aCorruptFileAndABadRecordAreCountedAndReportedByFile() throws IOException {
        assertEquals(2, job.problems().size(), job.problems().toString());
        Problem badLine = job.problems().get(0);
        assertEquals(inputs.get(0).toAbsolutePath().toString(), badLine.source());
        assertTrue(badLine.position().startsWith("line "), badLine.toString());
        assertTrue(badLine.ordinal() > 0, "the bad line lies past the first range of its file, so its line number "
                + "is the file's, not the range's: " + badLine);
        Problem corrupt = job.problems().get(1);
        assertEquals(inputs.get(3).toAbsolutePath().toString(), corrupt.source());
        assertTrue(corrupt.reason().startsWith("not a valid WARC record"), corrupt.toString());
        // the problems file reads like the CLI's --errors file, apart from the absolute paths
        List<String> written = Files.readAllLines(job.out().resolve("_problems.jsonl"));
        List<String> cli = Files.readAllLines(cliErrors);
        assertEquals(cli.size(), written.size());
        for (int i = 0; i < cli.size(); i++) {
            assertEquals(cli.get(i).replace(dir.resolve("in").toString(), "IN"),
                    written.get(i).replace(dir.resolve("in").toAbsolutePath().toString(), "IN"));
        }
    }

    @Test
    void theMergedIndexAnswersLikeTheCliIndex() {
        try (EventIndex cli = EventIndex.openReadOnly(cliIndex); EventIndex merged = EventIndex.openReadOnly(job.index())) {
            assertEquals(job.counts().events(), merged.count());
            assertEquals(cli.count(), merged.count());
            for (String query : QUERIES) {
                Map<String, EventHit> expected = byId(cli.search(query, 10_000, QueryMode.STRICT, SortOrder.RELEVANCE));
                Map<String, EventHit> actual = byId(merged.search(query, 10_000, QueryMode.STRICT, SortOrder.RELEVANCE));
                assertFalse(expected.isEmpty(), "no hits for " + query + ": pick a query that matches");
                assertEquals(expected.keySet(), actual.keySet(), query);
                for (EventHit hit : expected.values()) {
                    EventHit other = actual.get(hit.eventId());
                    assertEquals(hit.docId(), other.docId(), query);
                    assertEquals(hit.eventJson(), other.eventJson(), query);
                    assertEquals(hit.snippet(), other.snippet(), query);
                    // same events, same statistics: the same BM25 scores
                    assertEquals(hit.score(), other.score(), 1e-4 * Math.max(1, hit.score()), query + " " + hit.eventId());
                }
            }
            assertEquals(cli.facets("", 20), merged.facets("", 20));
            assertEquals(cli.facets("destination:IRN", 20), merged.facets("destination:IRN", 20));
        }
    }

    @Test
    void parquetHoldsTheSameRecordsAsTheJsonLines() throws IOException {
        SparkSession session = SparkSession.builder().config(spark.getConf()).getOrCreate();
        session.conf().set("spark.sql.jsonGenerator.ignoreNullFields", "false");  // nulls as null, as in the JSON
        List<String> rows = session.read().parquet(dir.resolve("spark-parquet").toUri().toString()).toJSON()
                .collectAsList();
        Map<String, JsonNode> expected = byDocId(Files.readAllLines(cliOut, StandardCharsets.UTF_8));
        Map<String, JsonNode> actual = byDocId(rows);
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, JsonNode> record : expected.entrySet()) {
            assertEquals(record.getValue(), actual.get(record.getKey()), record.getKey());
        }
    }

    /** The records by document id, with every number as a double (Parquet holds quantities as doubles). */
    private static Map<String, JsonNode> byDocId(List<String> lines) throws IOException {
        Map<String, JsonNode> records = new TreeMap<>();
        for (String line : lines) {
            JsonNode record = numbersAsDoubles(JsonCodec.mapper().readTree(line));
            assertEquals(null, records.put(record.path("docId").asText(), record), "twice: " + record.path("docId"));
        }
        return records;
    }

    private static JsonNode numbersAsDoubles(JsonNode node) {
        if (node.isNumber()) {
            return DoubleNode.valueOf(node.doubleValue());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonCodec.mapper().createObjectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), numbersAsDoubles(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonCodec.mapper().createArrayNode();
            node.forEach(item -> copy.add(numbersAsDoubles(item)));
            return copy;
        }
        return node;
    }

    private static Map<String, EventHit> byId(List<EventHit> hits) {
        Map<String, EventHit> byId = new TreeMap<>();
        for (EventHit hit : hits) {
            assertEquals(null, byId.put(hit.eventId(), hit), "event " + hit.eventId() + " found twice");
        }
        return byId;
    }
}
