package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.interdict.Document;
import org.interdict.corpus.BundledCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled gold files parse and agree with the bundled reports (offsets, texts, dates). Skipped
 * while the gold folder does not exist.
 */
class BundledGoldTest {

    @BeforeEach
    void goldIsBundled() {
        assumeTrue(GoldSet.class.getClassLoader().getResource(GoldSet.BUNDLED_ROOT) != null,
                "no bundled gold yet under /" + GoldSet.BUNDLED_ROOT);
    }

    @Test
    void everyBundledGoldFileParses() throws IOException {
        GoldSet gold = GoldSet.bundled();
        assertTrue(gold.size() > 0, "the bundled gold folder holds no .json file");
        for (GoldDocument document : gold.documents()) {
            assertTrue(document.split() == Split.DEV || document.split() == Split.TEST, document.docId());
        }
    }

    @Test
    void bundledGoldIsConsistentWithTheBundledCorpus() throws IOException {
        GoldSet gold = GoldSet.bundled();
        List<Document> reports;
        try {
            reports = BundledCorpus.documents();
        } catch (IllegalStateException e) {
            // the corpus module's own problem (for example an index naming a file not written yet)
            abort("the bundled corpus does not load: " + e.getMessage());
            return;
        }
        List<GoldProblem> problems = gold.checkAgainst(reports);
        assertEquals(List.of(), problems.stream().map(GoldProblem::toString).toList(),
                problems.size() + " problems in the bundled gold");
        List<String> uncovered = gold.uncovered(reports);
        if (!uncovered.isEmpty()) {
            System.out.println("[BundledGoldTest] " + uncovered.size() + " of " + reports.size()
                    + " reports have no gold file yet: " + uncovered);
        }
    }
}
