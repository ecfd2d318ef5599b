package org.interdict.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.SharedExtractor;
import org.interdict.model.CargoItem;
import org.interdict.model.Event;
import org.interdict.model.InstrumentRef;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventIndexTest {

    private static final Document BUSAN = new Document("busan", "In May 2012, 445 North Korean-made graphite "
            + "cylinders were seized in Busan. They were en route to Syria.", LocalDate.of(2012, 6, 1), null);
    private static final Document BANGKOK = new Document("bangkok", "In December 2009, Thai authorities "
            + "confiscated 35 tons of North Korean weapons, including surface-to-air missiles bound for Iran.",
            LocalDate.of(2009, 12, 20), null);

    private static void index(EventIndex index, Document document) {
        index(index, document, null);
    }

    private static void index(EventIndex index, Document document, String title) {
        ExtractionResult result = SharedExtractor.get().extract(document);
        index.add(result, document.text(), title);
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
    void shardsAddedToAnIndexAnswerLikeOneIndex(@TempDir Path dir) {
        try (EventIndex first = EventIndex.open(dir.resolve("shard-0"));
             EventIndex second = EventIndex.open(dir.resolve("shard-1"))) {
            index(first, BUSAN);
            first.commit();
            index(second, BANGKOK);
            second.commit();
        }
        try (EventIndex merged = EventIndex.open(dir.resolve("merged"))) {
            merged.addIndexes(List.of(dir.resolve("shard-0"), dir.resolve("shard-1")));
            merged.commit();
        }
        try (EventIndex merged = EventIndex.openReadOnly(dir.resolve("merged"))) {
            assertEquals(2, merged.count());
            assertEquals(List.of("busan#e1"), ids(merged.search("destination:SYR", 10)));
            assertEquals(List.of("bangkok#e1"), ids(merged.search("year:[2009 TO 2010]", 10)));
            assertEquals(List.of("busan#e1"), ids(merged.search("cylinders", 10)));
            assertEquals(2, merged.facets("", 5).matched());
        }
        try (EventIndex merged = EventIndex.open(dir.resolve("other"))) {
            assertThrows(IndexException.class, () -> merged.addIndexes(List.of(dir.resolve("missing"))));
        }
    }

    @Test
    void aliasesWeaponWordsDateAndAnyCaseFieldNames(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index(index, BANGKOK);
            assertEquals(List.of("bangkok#e1"), ids(index.search("weapon:missile", 10)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("weapon:missiles", 10)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("weapon:surface-to-air", 10)));
            assertEquals(List.of("busan#e1"), ids(index.search("weapon:cylinder", 10)));
            assertEquals(List.of("busan#e1"), ids(index.search("weapon:graph*", 10)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("date:[2009 TO 2010]", 10)));
            assertEquals(List.of("busan#e1"), ids(index.search("date:2012", 10)));
            assertEquals(List.of("busan#e1"), ids(index.search("date:[2010-01 TO *]", 10)));
            assertEquals(List.of("busan#e1"), ids(index.search("Destination:syr", 10)));
            assertEquals(2, index.search("country:prk", 10).size());
            assertEquals(List.of("bangkok#e1"), ids(index.search("weapon:missile AND year:[2009 TO 2013]", 10)));
            assertEquals(List.of(), ids(index.search("weapon:missile AND year:[2010 TO 2013]", 10)));
            assertEquals(2, index.search("year:*", 10).size());
            assertEquals(2, index.search("*:*", 10).size());
            assertEquals(2, index.search("   ", 10).size());
        }
    }

    @Test
    void titleIsSearchableWithTheText(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN, "Graphite for Damascus");
            index(index, BANGKOK);
            assertEquals(List.of("busan#e1"), ids(index.search("title:damascus", 10)));
            assertEquals(List.of("busan#e1"), ids(index.search("damascus", 10)));
            assertEquals(List.of(), ids(index.search("title:cylinders", 10)));
        }
    }

    @Test
    void snippetsHighlightTheQueryWordsAndFallBackToTheEvidence(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index(index, BANGKOK);
            EventHit busan = index.search("cylinders", 10).get(0);
            assertTrue(busan.snippet().contains("graphite <b>cylinders</b> were seized"), busan.snippet());
            EventHit bangkok = index.search("weapon:missile", 10).get(0);
            assertTrue(bangkok.snippet().contains("<b>missiles</b>"), bangkok.snippet());
            EventHit phrase = index.search("\"Thai authorities\"", 10).get(0);
            assertTrue(phrase.snippet().contains("<b>Thai</b> <b>authorities</b>"), phrase.snippet());
            EventHit noWords = index.search("destination:SYR", 10).get(0);
            assertTrue(noWords.snippet().startsWith("In May 2012, 445 North Korean-made"), noWords.snippet());
            assertFalse(noWords.snippet().contains("<b>"), noWords.snippet());
        }
    }

    @Test
    void sortsByDateNewestFirstWithUndatedEventsLast(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            add(index, "early", "1999", "An early shipment of rifles.");
            add(index, "undated", null, "An undated shipment of rifles.");
            add(index, "month", "2012-05", "A May shipment of rifles and rifles.");
            add(index, "year", "2012", "A shipment of rifles in 2012.");
            add(index, "day", "2012-05-20", "A shipment of rifles on a day.");
            assertEquals(List.of("day#e1", "month#e1", "year#e1", "early#e1", "undated#e1"),
                    ids(index.search("rifles", 10, QueryMode.STRICT, SortOrder.DATE)));
            assertEquals(5, index.search("rifles", 10, QueryMode.STRICT, SortOrder.RELEVANCE).size());
        }
    }

    @Test
    void facetsCountEventsPerValue(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            assertEquals(0, index.facets("", 10).matched());
            assertEquals(List.of(), index.facets("", 10).counts("origin"));
            index(index, BUSAN);
            index(index, BANGKOK);
            index.commit();
            EventFacets all = index.facets("", 10);
            assertEquals(2, all.matched());
            assertEquals(EventFacets.DIMENSIONS, List.copyOf(all.dimensions().keySet()));
            assertEquals(List.of(new EventFacets.FacetCount("SEIZURE", 2)), all.counts("type"));
            assertEquals(List.of(new EventFacets.FacetCount("PRK", 2)), all.counts("origin"));
            assertEquals(1, all.count("destination", "SYR"));
            assertEquals(1, all.count("destination", "IRN"));
            assertEquals(1, all.count("authority", "THA"));
            assertEquals(1, all.count("year", "2009"));
            assertEquals(1, all.count("year", "2012"));
            assertEquals(1, all.count("weapon", "surface-to-air missile"));

            EventFacets syria = index.facets("destination:SYR", 10);
            assertEquals(1, syria.matched());
            assertEquals(List.of(new EventFacets.FacetCount("2012", 1)), syria.counts("year"));
            assertEquals(0, syria.count("destination", "IRN"));
            assertEquals(1, index.facets("", 1).counts("destination").size());
            assertThrows(IllegalArgumentException.class, () -> all.counts("colour"));
        }
    }

    @Test
    void facetsCountEachValueOncePerEventAndIgnoreReplacedEvents(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            Event twice = new Event("twice#e1", org.interdict.model.EventType.TRANSFER,
                    org.interdict.model.Modality.ASSERTED, null, null, null, null, null,
                    List.of(new CargoItem("rifles", "assault rifle", "SMALL_ARMS", 5, null),
                            new CargoItem("more rifles", "assault rifle", "SMALL_ARMS", 7, null)),
                    List.of(), List.of(Party.country("Iran", "IRN"), Party.country("Iranian", "IRN")),
                    List.of(Party.group("Hezbollah", "Hezbollah")), List.of(new InstrumentRef("1701", "UNSCR-1701")),
                    null, List.of(new org.interdict.model.Span(0, 6)), 0.9);
            ExtractionResult result = new ExtractionResult("twice", null, List.of(), List.of(twice));
            index.add(result, "rifles more rifles");
            index.add(result, "rifles more rifles");
            EventFacets facets = index.facets("", 10);
            assertEquals(1, facets.matched());
            assertEquals(List.of(new EventFacets.FacetCount("IRN", 1)), facets.counts("origin"));
            assertEquals(List.of(new EventFacets.FacetCount("Hezbollah", 1)), facets.counts("destination"));
            assertEquals(List.of(new EventFacets.FacetCount("SMALL_ARMS", 1)), facets.counts("category"));
            assertEquals(List.of(), facets.counts("year"));
            assertEquals(List.of("twice#e1"), ids(index.search("destination:hezbollah AND instrument:unscr-1701", 10)));
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
            assertEquals(1, index.search("destination:SYR", 10).size());
            assertEquals(1, index.facets("", 10).count("destination", "SYR"));
        }
        try (EventIndex reopened = EventIndex.openReadOnly(dir)) {
            assertEquals(1, reopened.count());
        }
    }

    @Test
    void aDocumentIndexedAgainWithoutEventsLosesItsOldEvents(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index(index, BANGKOK);
            index.commit();
            index.add(new ExtractionResult("busan", null, List.of(), List.of()), BUSAN.text());
            index.commit();
            assertEquals(1, index.count());
            assertEquals(List.of("bangkok#e1"), ids(index.search("*:*", 10)));
        }
    }

    @Test
    void closingWithoutCommitKeepsExactlyTheCommittedEvents(@TempDir Path dir) {
        Random random = new Random(7);
        try (EventIndex index = EventIndex.open(dir)) {
            for (int i = 0; i < 50; i++) {
                SyntheticEvents.Generated doc = SyntheticEvents.document(random, "committed-" + i);
                index.add(doc.result(), doc.text());
            }
            index.commit();
            int committed = index.count();
            for (int i = 0; i < 50; i++) {
                SyntheticEvents.Generated doc = SyntheticEvents.document(random, "uncommitted-" + i);
                index.add(doc.result(), doc.text());
            }
            index.deleteDocument("committed-0");
            assertEquals(committed, index.count(), "count() reads the last commit");
            assertTrue(index.search("doc:uncommitted-1", 10).size() > 0, "the writer's own searches see its changes");
            assertEquals(0, index.search("doc:committed-0", 10).size());
        }
        try (EventIndex reopened = EventIndex.openReadOnly(dir)) {
            assertEquals(0, reopened.search("doc:uncommitted-*", 10).size());
            assertEquals(1, reopened.search("doc:committed-0", 10).stream().map(EventHit::docId).distinct().count());
            assertEquals(reopened.count(), reopened.facets("", 10).matched());
            assertEquals(reopened.count(), reopened.search("doc:committed-*", 1000).size());
        }
    }

    @Test
    void badSyntaxIsOneClearError(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.search("destination:(SYR", 10));
            assertTrue(e.getMessage().startsWith("bad query 'destination:(SYR'"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> index.search("colour:red", 10));
            assertTrue(unknown.getMessage().startsWith("bad query 'colour:red': unknown field 'colour'; fields: "),
                    unknown.getMessage());
            IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
                    () -> index.facets("year:recent", 10));
            assertTrue(year.getMessage().contains("year must be a number"), year.getMessage());
            assertThrows(IllegalArgumentException.class, () -> index.checkQuery("missiles AND"));
        }
    }

    @Test
    void forgivingModeSearchesTheWordsOfABadQuery(@TempDir Path dir) {
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index(index, BANGKOK);
            assertEquals(List.of("bangkok#e1"), ids(index.search("missiles AND", 10, QueryMode.FORGIVING, SortOrder.RELEVANCE)));
            assertEquals(List.of("busan#e1"), ids(index.search("cylinders (busan", 10, QueryMode.FORGIVING, SortOrder.RELEVANCE)));
            assertEquals(List.of("bangkok#e1"), ids(index.search("Thai: missiles", 10, QueryMode.FORGIVING, SortOrder.RELEVANCE)));
            assertEquals(List.of(), ids(index.search("!!! ???", 10, QueryMode.FORGIVING, SortOrder.RELEVANCE)));
            assertEquals(List.of("busan#e1"), ids(index.search("destination:SYR", 10, QueryMode.FORGIVING, SortOrder.RELEVANCE)));
            assertEquals(1, index.facets("missiles AND", 10, QueryMode.FORGIVING).matched());
        }
    }

    /** Random strings of query syntax and words: the forgiving mode never throws, the strict mode only IllegalArgumentException. */
    @Test
    void forgivingModeNeverThrowsOnRandomQueries(@TempDir Path dir) {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {"(", ")", "[", "]", "{", "}", "\"", ":", "*", "?", "~", "^", "\\", "/", "!", "-", "+",
                "&&", "||", " AND ", " OR ", " NOT ", " TO ", "year:", "date:", "weapon:", "destination:", "colour:",
                "missile", "SYR", "2009", "Chong Chon Gang", " ", " ", "é", "\u0000", "surface-to-air", "'"};
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            for (int i = 0; i < 500; i++) {
                StringBuilder query = new StringBuilder();
                for (int n = random.nextInt(8); n >= 0; n--) {
                    query.append(pieces[random.nextInt(pieces.length)]);
                }
                String q = query.toString();
                try {
                    index.search(q, 5, QueryMode.FORGIVING, SortOrder.RELEVANCE);
                    index.facets(q, 5, QueryMode.FORGIVING);
                    try {
                        index.search(q, 5);
                    } catch (IllegalArgumentException expected) {
                        assertTrue(expected.getMessage().startsWith("bad query '"), expected.getMessage());
                    }
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("seed " + seed + ", query '" + q + "': " + e, e);
                }
            }
        }
    }

    /** Facet counts over a seeded random index equal the counts computed from the events themselves. */
    @Test
    void facetCountsMatchTheEventsOfARandomIndex(@TempDir Path dir) {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Map<String, Integer> expectedDestination = new HashMap<>();
        Map<String, Integer> expectedYear = new HashMap<>();
        int events = 0;
        try (EventIndex index = EventIndex.open(dir)) {
            for (int i = 0; i < 300; i++) {
                SyntheticEvents.Generated doc = SyntheticEvents.document(random, "d" + i);
                index.add(doc.result(), doc.text());
                for (Event event : doc.result().events()) {
                    events++;
                    Set<String> destinations = new HashSet<>();
                    event.destination().forEach(p -> destinations.add(p.country()));
                    destinations.forEach(d -> expectedDestination.merge(d, 1, Integer::sum));
                    Integer year = EventDocuments.year(event);
                    if (year != null) {
                        expectedYear.merge(year.toString(), 1, Integer::sum);
                    }
                }
            }
            EventFacets facets = index.facets("", 1000);
            String context = "seed " + seed;
            assertEquals(events, facets.matched(), context);
            assertEquals(expectedDestination, toMap(facets.counts("destination")), context);
            assertEquals(expectedYear, toMap(facets.counts("year")), context);
            int syria = expectedDestination.getOrDefault("SYR", 0);
            assertEquals(syria, index.facets("destination:SYR", 10).matched(), context);
            assertEquals(Math.min(syria, 1000), index.search("destination:SYR", 1000).size(), context);
        }
    }

    @Test
    void anIndexOfTheEarlierLayoutMustBeBuiltAgain(@TempDir Path dir) throws Exception {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dir);
             org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("id", "old#e1", org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.TextField("text", "old missiles",
                    org.apache.lucene.document.Field.Store.NO));
            old.addDocument(doc);
            old.commit();
        }
        IndexException e = assertThrows(IndexException.class, () -> EventIndex.open(dir));
        assertTrue(e.getMessage().contains("has layout 1, this version writes layout 2: delete the folder"),
                e.getMessage());
        assertThrows(IndexException.class, () -> EventIndex.openReadOnly(dir));
    }

    @Test
    void anEmptyIndexOfTheEarlierLayoutIsTakenOver(@TempDir Path dir) throws Exception {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(dir);
             org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            old.commit();
        }
        try (EventIndex index = EventIndex.open(dir)) {
            index(index, BUSAN);
            index.commit();
        }
        try (EventIndex index = EventIndex.openReadOnly(dir)) {
            assertEquals(1, index.count());
        }
    }

    @Test
    void readOnlyOpenOfAMissingIndexFails(@TempDir Path dir) {
        assertThrows(IndexException.class, () -> EventIndex.openReadOnly(dir.resolve("none")));
    }

    @Test
    void readOnlyIndexRefusesWrites(@TempDir Path dir) {
        EventIndex.open(dir).close();
        try (EventIndex index = EventIndex.openReadOnly(dir)) {
            assertThrows(IllegalStateException.class, index::commit);
            assertEquals(List.of(), index.search("missiles", 10));
        }
    }

    private static void add(EventIndex index, String docId, String date, String text) {
        index.add(result(docId, date, text.length()), text);
    }

    private static ExtractionResult result(String docId, String date, int length) {
        Event event = new Event(docId + "#e1", org.interdict.model.EventType.TRANSFER,
                org.interdict.model.Modality.ASSERTED, date == null ? null : new org.interdict.model.DateValue(date, date),
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(new org.interdict.model.Span(0, length)), 0.5);
        return new ExtractionResult(docId, null, List.of(), List.of(event));
    }

    private static Map<String, Integer> toMap(List<EventFacets.FacetCount> counts) {
        Map<String, Integer> map = new HashMap<>();
        counts.forEach(c -> map.put(c.value(), c.count()));
        return map;
    }

    private static List<String> ids(List<EventHit> hits) {
        return hits.stream().map(EventHit::eventId).toList();
    }
}
