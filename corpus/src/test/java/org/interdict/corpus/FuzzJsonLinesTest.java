package org.interdict.corpus;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Lines reader on arbitrary bytes. A bad line is a {@link SourceProblem} at "line N", never an
 * exception (an {@code IOException} cannot come from bytes in memory, so it fails too). Every non-blank
 * line is accounted for exactly once, as a document or as a problem, and every document keeps the caps
 * ({@link CorpusFuzzChecks}).
 */
class FuzzJsonLinesTest {

    @FuzzTest(maxDuration = "10m")
    void readJsonLines(byte[] data) throws IOException {
        CorpusFuzzChecks checks = new CorpusFuzzChecks();
        Sources.readJsonLines(new ByteArrayInputStream(data), "fuzz.jsonl", checks.emitter());
        checks.checkDocuments("fuzz.jsonl");
        long lines = nonBlankLines(data);
        if (checks.documents.size() + checks.problems.size() != lines) {
            throw new AssertionError(lines + " non-blank lines but " + checks.documents.size() + " documents and "
                    + checks.problems.size() + " problems: " + checks.problems);
        }
        for (SourceProblem problem : checks.problems) {
            if (problem.position() == null || !problem.position().startsWith("line ")) {
                throw new AssertionError("problem without its line: " + problem);
            }
        }
    }

    private static long nonBlankLines(byte[] data) throws IOException {
        String text;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(data),
                StandardCharsets.UTF_8))) {
            StringBuilder all = new StringBuilder();
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                all.append((char) c);
            }
            text = all.toString();
        }
        return new BufferedReader(new StringReader(text)).lines().filter(line -> !line.isBlank()).count();
    }
}
