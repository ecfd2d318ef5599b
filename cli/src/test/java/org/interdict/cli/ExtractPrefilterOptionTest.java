package org.interdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --disable PREFILTER} analyses a document the pre-filter would skip; unknown features fail. */
class ExtractPrefilterOptionTest {

    private static final String SPEECH = "The President thanked Congress and the people of France for their "
            + "friendship.";

    @Test
    void thePrefilterSkipsAndTheOptionTurnsItOff(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("speech.txt"), SPEECH);
        CliRun skipped = CliRun.of("extract", "--threads", "1", "--out", "-", input.toString());
        assertEquals(0, skipped.code(), skipped.err());
        JsonNode result = JsonCodec.mapper().readTree(skipped.lines().get(0));
        assertEquals("NO_ARMS_WORD", result.path("skipped").asText());
        assertEquals(0, result.path("entities").size());

        CliRun analysed = CliRun.of("extract", "--threads", "1", "--disable", "PREFILTER", "--out", "-", input.toString());
        assertEquals(0, analysed.code(), analysed.err());
        JsonNode full = JsonCodec.mapper().readTree(analysed.lines().get(0));
        assertTrue(full.path("skipped").isNull(), full::toString);
        assertTrue(full.path("entities").size() > 0, "France is a country mention: " + full);
    }

    @Test
    void anUnknownFeatureIsABadUsage(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("speech.txt"), SPEECH);
        CliRun run = CliRun.of("extract", "--disable", "PREFILTERS", "--out", "-", input.toString());
        assertEquals(2, run.code(), run.err());
    }
}
