package org.interdict.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batches of events written through {@link EventIndex} over Lucene's {@link MockDirectoryWrapper}, which
 * throws random {@code IOException}s, runs out of disk or crashes (unsynced files overwritten with
 * garbage, as a power cut leaves them). After every fault the index must open again, and every batch must
 * be either fully searchable (all its events) or absent: never half there. A batch whose commit returned
 * must be there. The only exception the index may throw is {@link IndexException}. Each test runs with
 * several fixed seeds, so a failure can be replayed; the seed is in the test name.
 */
class EventIndexFaultTest {

    private static final int BATCHES = 12;
    private static final int DOCUMENTS_PER_BATCH = 8;

    /** What a run did: batches whose commit returned, and batches that may or may not have landed. */
    private static final class Ledger {
        final Set<Integer> committed = new TreeSet<>();
        final Set<Integer> uncertain = new TreeSet<>();
        final List<Integer> eventsPerBatch = new ArrayList<>();
        int faults;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void randomIoExceptions(long seed) throws IOException {
        MockDirectoryWrapper dir = directory(seed);
        Ledger ledger = new Ledger();
        Random random = new Random(seed);
        EventIndex index = null;
        for (int batch = 0; batch < BATCHES; batch++) {
            dir.setRandomIOExceptionRate(batch == 0 ? 0 : 0.02);
            dir.setRandomIOExceptionRateOnOpen(batch == 0 ? 0 : 0.02);
            try {
                if (index == null) {
                    index = EventIndex.open(dir, "mock-" + seed);
                }
                write(index, batch, random, ledger);
            } catch (IndexException e) {
                ledger.faults++;
                index = abandon(index);
            }
        }
        dir.setRandomIOExceptionRate(0);
        dir.setRandomIOExceptionRateOnOpen(0);
        abandon(index);
        verify(dir, seed, ledger, "random I/O exceptions");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void diskFull(long seed) throws IOException {
        MockDirectoryWrapper dir = directory(seed);
        Ledger ledger = new Ledger();
        Random random = new Random(seed);
        EventIndex index = EventIndex.open(dir, "mock-" + seed);
        write(index, 0, random, ledger);
        // the disk fills a little above what the first batch took: later batches run out part-way
        dir.setMaxSizeInBytes(dir.sizeInBytes() + 20_000 + random.nextInt(40_000));
        for (int batch = 1; batch < BATCHES; batch++) {
            try {
                if (index == null) {
                    index = EventIndex.open(dir, "mock-" + seed);
                }
                write(index, batch, random, ledger);
            } catch (IndexException e) {
                ledger.faults++;
                index = abandon(index);
            }
        }
        assertTrue(ledger.faults > 0, "the disk never filled up: no fault injected");
        dir.setMaxSizeInBytes(0);
        abandon(index);
        verify(dir, seed, ledger, "disk full");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void crashBetweenCommits(long seed) throws IOException {
        MockDirectoryWrapper dir = directory(seed);
        Ledger ledger = new Ledger();
        Random random = new Random(seed);
        for (int round = 0; round < 3; round++) {
            EventIndex index = EventIndex.open(dir, "mock-" + seed);
            int first = round * 4;
            write(index, first, random, ledger);
            write(index, first + 1, random, ledger);
            // two batches added, never committed; a near-real-time search flushes them to (unsynced) files
            addWithoutCommit(index, first + 2, random, ledger);
            addWithoutCommit(index, first + 3, random, ledger);
            index.search("*:*", 1);
            dir.crash();
            ledger.faults++;
            dir.clearCrash();
            abandon(index);
            try (EventIndex reopened = EventIndex.open(dir, "mock-" + seed)) {
                assertEquals(expectedEvents(ledger, ledger.committed), reopened.count(),
                        "seed " + seed + ": after crash " + round + " the index must hold exactly the committed batches");
            }
        }
        verify(dir, seed, ledger, "crash");
    }

    private static MockDirectoryWrapper directory(long seed) {
        // no lock factory: an index abandoned after a fault cannot release its lock, as a dead process would not
        MockDirectoryWrapper dir = new MockDirectoryWrapper(new Random(seed), new ByteBuffersDirectory(NoLockFactory.INSTANCE));
        dir.setThrottling(MockDirectoryWrapper.Throttling.NEVER);
        return dir;
    }

    /** Adds one batch and commits it; a batch whose commit throws may or may not have landed. */
    private static void write(EventIndex index, int batch, Random random, Ledger ledger) {
        addWithoutCommit(index, batch, random, ledger);
        ledger.uncertain.add(batch);
        index.commit();
        ledger.uncertain.remove(batch);
        ledger.committed.add(batch);
    }

    private static void addWithoutCommit(EventIndex index, int batch, Random random, Ledger ledger) {
        int events = 0;
        for (int d = 0; d < DOCUMENTS_PER_BATCH; d++) {
            SyntheticEvents.Generated doc = SyntheticEvents.document(random, "b" + batch + "-" + d);
            events += doc.result().events().size();
            index.add(doc.result(), doc.text());
        }
        while (ledger.eventsPerBatch.size() <= batch) {
            ledger.eventsPerBatch.add(0);
        }
        ledger.eventsPerBatch.set(batch, events);
    }

    /** Closes an index after a fault; closing may fail too, with an {@link IndexException} only. */
    private static EventIndex abandon(EventIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IndexException expected) {
                // the writer is already broken; what matters is that the directory opens again
            }
        }
        return null;
    }

    /** With faults off: the index opens, each batch is all there or absent, committed batches are there. */
    private static void verify(MockDirectoryWrapper dir, long seed, Ledger ledger, String fault) throws IOException {
        int found = 0;
        try (EventIndex index = EventIndex.open(dir, "mock-" + seed)) {
            for (int batch = 0; batch < ledger.eventsPerBatch.size(); batch++) {
                int expected = ledger.eventsPerBatch.get(batch);
                int hits = index.search("doc:b" + batch + "-*", 10_000).size();
                String where = fault + ", seed " + seed + ", batch " + batch;
                if (ledger.committed.contains(batch)) {
                    assertEquals(expected, hits, where + ": committed, so all of it must be searchable");
                } else if (hits != 0 && hits != expected) {
                    fail(where + ": half there, " + hits + " of " + expected + " events");
                }
                found += hits;
            }
            assertEquals(found, index.count(), fault + ", seed " + seed + ": events outside any batch");
        }
        System.out.printf("index faults: %-22s seed %2d: %2d faults (or crashes), %2d batches committed, %d uncertain, %3d events"
                + " searchable%n", fault, seed, ledger.faults, ledger.committed.size(), ledger.uncertain.size(), found);
        dir.close();  // the wrapper runs Lucene's CheckIndex on the final index
    }

    private static int expectedEvents(Ledger ledger, Set<Integer> batches) {
        return batches.stream().mapToInt(ledger.eventsPerBatch::get).sum();
    }
}
