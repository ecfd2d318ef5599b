package org.interdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: usage errors before Spark starts (exit 2), and one run in local mode. */
class SparkMainTest {

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = SparkMain.run(args);
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private static void assertUsageError(String expected, String... args) {
        Run run = run(args);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void argumentErrorsSayWhatIsWrong(@TempDir Path dir) throws Exception {
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"Nothing.\"}\n");
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("part-00000.jsonl"), "");
        Path out = dir.resolve("out");

        assertUsageError("Missing required option: '--out=DIR'", jsonl.toString());
        assertUsageError("Missing required parameter: 'INPUT'", "--out", out.toString());
        assertUsageError("no such file or folder: " + dir.resolve("missing.warc"), "--master", "local[1]",
                "--out", out.toString(), dir.resolve("missing.warc").toString());
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF");
        assertUsageError("unknown input kind", "--master", "local[1]", "--out", out.toString(), pdf.toString());
        assertUsageError("output folder " + used + " is not empty", "--master", "local[1]", "--out", used.toString(),
                jsonl.toString());
        assertUsageError("index folder " + used + " is not empty", "--master", "local[1]", "--out", out.toString(),
                "--index", used.toString(), jsonl.toString());
        assertUsageError("Invalid value for option '--published'", "--published", "last tuesday", "--out",
                out.toString(), jsonl.toString());
        assertUsageError("no such file: " + dir.resolve("extra.rules"), "--master", "local[1]", "--rules",
                dir.resolve("extra.rules").toString(), "--out", out.toString(), jsonl.toString());
        assertUsageError("--split-mb must be 0 or more: -1", "--master", "local[1]", "--split-mb", "-1", "--out",
                out.toString(), jsonl.toString());
        assertUsageError("Invalid value for option '--disable'", "--disable", "PARSER", "--out", out.toString(),
                jsonl.toString());
        assertUsageError("no Spark master", "--out", out.toString(), jsonl.toString());
        assertTrue(Files.notExists(out), "nothing is written on a usage error");
    }

    @Test
    void runsInLocalModeAndSummarises(@TempDir Path dir) throws Exception {
        List<Path> inputs = TestInputs.write(Files.createDirectories(dir.resolve("in")));
        Path out = dir.resolve("out");
        Run run = run("--master", "local[2]", "--out", out.toString(), "--index", dir.resolve("index").toString(),
                inputs.get(2).toString(), inputs.get(3).toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("documents read 3, processed 2, skipped 0, failed 1; events "), run.err());
        assertTrue(run.err().contains("interdict-spark: skipped " + inputs.get(3) + ":offset 0: not a valid WARC record"),
                run.err());
        List<String> lines = Files.readAllLines(out.resolve("part-00000.jsonl"));
        List<String> ids = new java.util.ArrayList<>();
        for (String line : lines) {
            ids.add(JsonCodec.mapper().readTree(line).path("docId").asText());
        }
        assertEquals(List.of(TestInputs.SEIZURE_PAGE, "https://news.example.org/2013/07/weather"), ids);
        assertEquals(0, Files.size(out.resolve("part-00001.jsonl")));
        assertTrue(Files.exists(out.resolve("_SUCCESS")));
    }
}
