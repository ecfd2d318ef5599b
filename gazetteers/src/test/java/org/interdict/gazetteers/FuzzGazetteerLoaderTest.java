package org.interdict.gazetteers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link GazetteerLoader#load(java.io.InputStream, String)} on arbitrary bytes. The loader documents one
 * failure, {@link GazetteerFormatException} with the file and line; any other exception fails. A file
 * that loads must survive a round trip: written back with {@link GazetteerWriter} and loaded again it
 * gives equal entries, each with at least one name and a 1-based line number on any later error.
 */
class FuzzGazetteerLoaderTest {

    @FuzzTest(maxDuration = "10m")
    void loadGazetteer(byte[] data) {
        List<GazetteerEntry> entries;
        try {
            entries = GazetteerLoader.load(new ByteArrayInputStream(data), "fuzz.jsonl");
        } catch (GazetteerFormatException expected) {
            if (expected.line() < 1 || !expected.getMessage().startsWith("fuzz.jsonl:")) {
                throw new AssertionError("format error without its file and line: " + expected.getMessage(), expected);
            }
            return;
        }
        for (GazetteerEntry entry : entries) {
            if (entry.names().isEmpty() || entry.names().stream().anyMatch(String::isBlank)) {
                throw new AssertionError("entry without usable names: " + entry);
            }
        }
        String written = entries.stream().map(GazetteerWriter::toJsonLine).collect(Collectors.joining("\n"));
        List<GazetteerEntry> again = GazetteerLoader.load(
                new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "round-trip.jsonl");
        if (!again.equals(entries)) {
            throw new AssertionError("round trip changed the entries:\n" + entries + "\n" + again);
        }
    }
}
