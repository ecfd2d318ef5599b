package org.interdict.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventIndexTest {

    private static final Document BUSAN = new Document("busan", "In May 2012, 445 North Korean-made graphite "
            + "cylinders were seized in Busan. They were en route to Syria.", LocalDate.of(2012, 6, 1), null);
    private static final Document BANGKOK = new Document("bangkok", "In December 2009, Thai authorities "
            + "confiscated 35 tons of North Korean weapons, including surface-to-air missiles bound for Iran.",
            LocalDate.of(2009, 12, 20), null);

    private static void index(EventIndex index, Document document) {
        ExtractionResult result = SharedExtractor.get().extract(document);
        index.add(result, document.text());
    }

    @Test
    void fieldQueriesRangesAndFreeText(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index(index, BANGKOK);
            index.commit();
            assertEquals(List.of("busan#e1"), ids(index.search("destination:SYR", 10)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("authority:tha", 10)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("year:[2009 TO 2010]", 10)));
            assertEquals(2, index.search("origin:PRK", 10).size());
            assertEquals(List.of("busan#e1"), ids(index.search("cylinders", 10)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("weapon:\"surface-to-air missile\"", 10)));
        }
    }

    @Test
    void reindexingReplacesEventsInsteadOfDuplicating(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index.commit();
            index(index, BUSAN);
            index.commit();
            assertEquals(1, index.count());
        }
        try (EventIndex reopened = EventIndex.openReadOnly(dir)) {
            assertEquals(1, reopened.count());
        }
    }

    @Test
    void badSyntaxIsOneClearError(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.search("destination:(SYR", 10));
            assertTrue(e.getMessage().startsWith("bad query 'destination:(SYR'"), e.getMessage());
        }
    }

    @Test
    void readOnlyOpenOfAMissingIndexFails(@TempDir Path dir) {
        assertThrows(IndexException.class, () -> EventIndex.openReadOnly(dir.resolve("none")));
    }

    private static List<String> ids(List<EventHit> hits) {
        return hits.stream().map(EventHit::eventId).toList();
    }
}
