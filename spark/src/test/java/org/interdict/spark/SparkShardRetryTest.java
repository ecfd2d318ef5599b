package org.interdict.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interdict.Extractor;
import org.interdict.index.EventHit;
import org.interdict.index.EventIndex;
import org.interdict.index.QueryMode;
import org.interdict.index.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition written more than once (a retried or speculative task) leaves one part and one shard. */
class SparkShardRetryTest {

    @Test
    void aRetriedPartitionDoesNotDuplicateEventsInTheMergedIndex(@TempDir Path dir) throws Exception {
        List<Path> written = TestInputs.write(Files.createDirectories(dir.resolve("in")));
        List<Path> inputs = List.of(written.get(1), written.get(2));  // the second half of the corpus, the WARC
        JobSpec spec = JobSpec.of(inputs, dir.resolve("out")).withIndex(dir.resolve("index"));
        List<InputFile> files = ExtractionJob.check(spec);
        Extractor extractor = ExtractorHolder.get(spec.extractor());
        OutputLayout layout = spec.layout();

        PartitionWriter.Result first = PartitionWriter.write(spec, files.get(0), 11, extractor);
        byte[] firstPart = Files.readAllBytes(layout.part(0));
        // an attempt that died half-way leaves its files under _temporary, never in place
        Files.createDirectories(layout.temporaryShard(0, 12));
        Files.writeString(layout.temporaryPart(0, 12), "{\"docId\":\"half\"");
        PartitionWriter.Result retried = PartitionWriter.write(spec, files.get(0), 13, extractor);
        PartitionWriter.write(spec, files.get(1), 14, extractor);

        assertEquals(first, retried);
        assertTrue(first.events() > 10, "events: " + first.events());
        assertArrayEquals(firstPart, Files.readAllBytes(layout.part(0)));
        assertEquals(Set.of("shard-00000", "shard-00001"), names(layout.shards()));
        assertEquals(Set.of("part-00000.jsonl.attempt-12", "shard-00000.attempt-12"), names(layout.temporary()),
                "the retry leaves the failed attempt's files alone and removes its own copies");

        ExtractionJob.merge(layout, files, Path.of(spec.index()));
        try (EventIndex merged = EventIndex.openReadOnly(Path.of(spec.index()))) {
            List<EventHit> all = merged.search("*:*", 10_000, QueryMode.STRICT, SortOrder.RELEVANCE);
            Set<String> ids = new HashSet<>();
            all.forEach(hit -> assertTrue(ids.add(hit.eventId()), "event " + hit.eventId() + " is in the index twice"));
            long warcEvents = all.stream().filter(hit -> hit.docId().startsWith("https:")).count();
            assertEquals(first.events() + warcEvents, all.size());
            assertTrue(warcEvents > 0, "the WARC's seizure page gives an event");
        }
    }

    private static Set<String> names(Path dir) throws java.io.IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(entry -> entry.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
