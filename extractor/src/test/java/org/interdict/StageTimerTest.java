package org.interdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The opt-in stage timer: what it counts, that it changes no result, and that threads may share it. */
class StageTimerTest {

    private static final Document REPORT = Document.of("report", "In May 2012, South Korean customs seized 445 "
            + "graphite cylinders from the ship in Busan. The cargo was bound for Syria.");
    private static final Document QUIET = Document.of("quiet", "The budget passed the Senate on Tuesday.");

    @Test
    void countsDocumentsAndSkipsAndTimesTheStagesThatRan() {
        StageTimer timer = new StageTimer();
        Extractor timed = Extractor.builder().stageTimer(timer).build();
        ExtractionResult result = timed.extract(REPORT);
        assertEquals(SharedExtractor.get().extract(REPORT), result, "timing changes no result");
        StageTimer.Snapshot afterReport = timer.snapshot();
        assertEquals(1, afterReport.documents());
        assertEquals(0, afterReport.skippedDocuments());
        for (Stage stage : List.of(Stage.TEXT_ANALYSIS, Stage.GAZETTEER, Stage.RULES, Stage.DATES, Stage.ASSEMBLY)) {
            assertTrue(afterReport.nanos(stage) > 0, () -> stage + " ran: " + afterReport);
        }

        assertEquals(SkipReason.NO_ARMS_WORD, timed.extract(QUIET).skipped());
        StageTimer.Snapshot afterQuiet = timer.snapshot();
        assertEquals(2, afterQuiet.documents());
        assertEquals(1, afterQuiet.skippedDocuments());
        assertEquals(0.5, afterQuiet.skippedFraction());
        // a skipped document is not tokenised
        assertEquals(afterReport.nanos(Stage.TEXT_ANALYSIS), afterQuiet.nanos(Stage.TEXT_ANALYSIS));
        assertTrue(afterQuiet.nanos(Stage.PREFILTER) > afterReport.nanos(Stage.PREFILTER));

        timer.reset();
        assertEquals(0, timer.snapshot().documents());
        assertEquals(0, timer.snapshot().totalNanos());
    }

    @Test
    void threadsShareOneTimer() throws Exception {
        StageTimer timer = new StageTimer();
        Extractor timed = Extractor.builder().stageTimer(timer).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ExtractionResult>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> timed.extract(alternate(REPORT, QUIET))));
            }
            for (Future<ExtractionResult> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(20, timer.snapshot().documents());
    }

    private static int calls;

    private static synchronized Document alternate(Document a, Document b) {
        return calls++ % 2 == 0 ? a : b;
    }

    @Test
    void aSnapshotNeedsEveryStageAndSaneCounts() {
        EnumMap<Stage, Long> some = new EnumMap<>(Stage.class);
        some.put(Stage.PREFILTER, 1L);
        assertThrows(IllegalArgumentException.class, () -> new StageTimer.Snapshot(some, 1, 0));
        EnumMap<Stage, Long> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, 0L);
        }
        assertThrows(IllegalArgumentException.class, () -> new StageTimer.Snapshot(all, 1, 2));
    }
}
