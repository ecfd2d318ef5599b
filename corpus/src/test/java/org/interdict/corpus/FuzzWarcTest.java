package org.interdict.corpus;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The WARC-to-text path (jwarc records, HTTP payloads, jsoup, boilerplate removal, caps) on arbitrary
 * file contents, plain or gzipped. A record that cannot be read is a {@link SourceProblem}; nothing may
 * throw out of the reader, and every document keeps the caps ({@link CorpusFuzzChecks}). In fuzzing mode
 * Jazzer's per-input timeout also catches a reader that never finishes (its resynchronisation loop).
 */
class FuzzWarcTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("interdict-fuzz", ".warc");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "10m")
    void readWarc(byte[] data) {
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusFuzzChecks checks = new CorpusFuzzChecks();
        WarcSource.read(file, checks.emitter());
        checks.checkDocuments(file.toString());
    }
}
