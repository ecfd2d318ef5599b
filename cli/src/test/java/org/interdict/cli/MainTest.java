package org.interdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, JSON Lines out, bad lines skipped. */
class MainTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpAndBadUsage() {
        assertEquals(0, run("extract", "--help").code());
        assertEquals(2, run("extract").code());
        assertEquals(2, run("extract", "--no-such-option", "x.txt").code());
        CliRun missing = run("extract", "/no/such/file.txt");
        assertEquals(2, missing.code());
        assertEquals("interdict: no such file or folder: /no/such/file.txt", missing.err().strip());
    }

    @Test
    void extractsJsonLinesSkipsBadLinesAndIndexes(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("reports.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"busan\",\"published\":\"2012-06-01\",\"text\":\"In May 2012, 445 North Korean-made graphite cylinders were seized in Busan. They were en route to Syria.\"}",
                "{not json",
                "{\"id\":\"no-text\"}",
                "{\"id\":\"quiet\",\"text\":\"Nothing happened.\"}"));
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");
        CliRun run = run("extract", "--out", out.toString(), "--errors", errors.toString(), "--index",
                dir.resolve("index").toString(), input.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode busan = JsonCodec.mapper().readTree(lines.get(0));
        assertEquals("busan", busan.path("docId").asText());
        assertEquals("SYR", busan.path("events").get(0).path("destination").get(0).path("country").asText());
        assertTrue(run.err().contains("documents read 4, processed 2, skipped 0, failed 2; events 1"), run.err());
        List<String> problems = Files.readAllLines(errors);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("\"position\":\"line 2\""), problems.get(0));

        CliRun search = run("search", "--index", dir.resolve("index").toString(), "destination:SYR");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("busan#e1"), search.out());
        assertEquals(2, run("search", "--strict", "--index", dir.resolve("index").toString(), "destination:(SYR").code());
    }
}
