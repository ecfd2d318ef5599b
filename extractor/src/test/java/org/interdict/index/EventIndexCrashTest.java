package org.interdict.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process that dies between commits: a child JVM commits some events, flushes more to disk
 * without committing, and halts (no shutdown hooks, no close). The index must hold exactly the
 * committed events, for a reader and for a new writer.
 */
class EventIndexCrashTest {

    private static final int COMMITTED_DOCUMENTS = 200;
    private static final int UNCOMMITTED_DOCUMENTS = 300;

    /** The child: {@code EventIndexCrashTest DIR}; prints the committed event count, then halts. */
    public static void main(String[] args) {
        Random random = new Random(42);
        EventIndex index = EventIndex.open(Path.of(args[0]));
        for (int i = 0; i < COMMITTED_DOCUMENTS; i++) {
            SyntheticEvents.Generated doc = SyntheticEvents.document(random, "committed-" + i);
            index.add(doc.result(), doc.text());
        }
        index.commit();
        for (int i = 0; i < UNCOMMITTED_DOCUMENTS; i++) {
            SyntheticEvents.Generated doc = SyntheticEvents.document(random, "uncommitted-" + i);
            index.add(doc.result(), doc.text());
        }
        index.deleteDocument("committed-0");
        index.search("*:*", 1);  // a near-real-time search writes the uncommitted segment to disk
        System.out.println(index.count());
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }

    @Test
    void aWriterKilledBetweenCommitsLeavesTheLastCommit(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EventIndexCrashTest.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not finish");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, child.exitValue(), output);
        List<String> lines = output.lines().filter(line -> line.matches("\\d+")).toList();
        assertEquals(1, lines.size(), output);
        int committed = Integer.parseInt(lines.get(0));
        assertTrue(committed >= COMMITTED_DOCUMENTS, output);
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.count() > 3, "the uncommitted segment should be on disk");
        }

        try (EventIndex reader = EventIndex.openReadOnly(dir)) {
            assertEquals(committed, reader.count());
            assertEquals(committed, reader.facets("", 10).matched());
            assertEquals(0, reader.search("doc:uncommitted-*", 10).size());
            assertEquals(1, reader.search("doc:committed-0", 10).stream().map(EventHit::docId).distinct().count());
        }
        try (EventIndex writer = EventIndex.open(dir)) {
            assertEquals(committed, writer.count());
            assertEquals(0, writer.search("doc:uncommitted-*", 10).size());
            assertEquals(committed, writer.search("doc:committed-*", 10_000).size());
        }
    }
}
