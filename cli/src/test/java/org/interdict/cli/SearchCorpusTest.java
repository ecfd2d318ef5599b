package org.interdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interdict.Document;
import org.interdict.ExtractionResult;
import org.interdict.Extractor;
import org.interdict.corpus.BundledCorpus;
import org.interdict.index.EventFacets;
import org.interdict.index.EventHit;
import org.interdict.index.EventIndex;
import org.interdict.index.QueryMode;
import org.interdict.index.SortOrder;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event index over the bundled corpus, checked against the JSON Lines that the extractor writes for
 * the same documents: field queries, year ranges and facet counts must agree with what the JSON says.
 */
class SearchCorpusTest {

    private static final int ALL = 100_000;
    private static final Pattern HIGHLIGHT = Pattern.compile("<b>(.*?)</b>");

    /** The bundled corpus, extracted once per test JVM: its JSON Lines and an index of it (with titles). */
    static final class Corpus {
        private static Corpus instance;

        final Path index;
        final Path jsonl;
        final List<ExtractionResult> results;
        final List<Document> documents;
        /** Every event's JSON, from the JSON Lines. */
        final List<JsonNode> events;

        private Corpus(Path dir) throws IOException {
            Extractor extractor = Extractor.builder().build();
            documents = BundledCorpus.documents();
            index = dir.resolve("index");
            jsonl = dir.resolve("events.jsonl");
            List<ExtractionResult> extracted = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            try (EventIndex eventIndex = EventIndex.open(index)) {
                for (Document document : documents) {
                    ExtractionResult result = extractor.extract(document);
                    extracted.add(result);
                    lines.add(JsonCodec.toJsonLine(result));
                    eventIndex.add(result, document.text(), document.title());
                }
                eventIndex.commit();
            }
            Files.write(jsonl, lines, StandardCharsets.UTF_8);
            results = List.copyOf(extracted);
            List<JsonNode> all = new ArrayList<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                JsonCodec.mapper().readTree(line).path("events").forEach(all::add);
            }
            events = List.copyOf(all);
        }

        static synchronized Corpus get() {
            if (instance == null) {
                try {
                    Path dir = Files.createTempDirectory("interdict-search-corpus");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                    instance = new Corpus(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }

        /** A copy of the index, for tests that write. */
        Path copyIndex(Path to) throws IOException {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(index)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
            return to;
        }

        Set<String> ids(Predicate<JsonNode> event) {
            return events.stream().filter(event).map(e -> e.path("id").asText()).collect(Collectors.toCollection(TreeSet::new));
        }

        private static void delete(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary folder left behind
            }
        }
    }

    /** The value a role's facet and exact field hold: the country, else the group. */
    static String party(JsonNode party) {
        if (party == null || party.isNull() || party.isMissingNode()) {
            return null;
        }
        return party.path("country").isTextual() ? party.path("country").asText()
                : party.path("group").isTextual() ? party.path("group").asText() : null;
    }

    static Integer year(JsonNode event) {
        String value = event.path("date").path("value").asText("");
        return value.matches("\\d{4}.*") ? Integer.valueOf(value.substring(0, 4)) : null;
    }

    /** Each dimension's values per event, as the JSON gives them (each value once per event). */
    static Map<String, Map<String, Integer>> facetsFromJson(List<JsonNode> events) {
        Map<String, Function<JsonNode, Set<String>>> dimensions = Map.of(
                "type", e -> values(List.of(e.path("type").asText())),
                "modality", e -> values(List.of(e.path("modality").asText())),
                "authority", e -> values(listOf(party(e.path("authority")))),
                "location", e -> values(listOf(party(e.path("location")))),
                "origin", e -> values(stream(e.path("origin")).map(SearchCorpusTest::party).toList()),
                "destination", e -> values(stream(e.path("destination")).map(SearchCorpusTest::party).toList()),
                "weapon", e -> values(stream(e.path("cargo")).map(c -> text(c.path("canonical"))).toList()),
                "category", e -> values(stream(e.path("cargo")).map(c -> text(c.path("category"))).toList()),
                "instrument", e -> values(stream(e.path("instruments")).map(i -> text(i.path("id"))).toList()),
                "year", e -> values(listOf(year(e) == null ? null : year(e).toString())));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        dimensions.forEach((dimension, valuesOf) -> {
            Map<String, Integer> byValue = new HashMap<>();
            events.forEach(event -> valuesOf.apply(event).forEach(v -> byValue.merge(v, 1, Integer::sum)));
            counts.put(dimension, byValue);
        });
        return counts;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Set<String> values(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(set::add);
        return set;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    private static Set<String> hitIds(EventIndex index, String query) {
        return index.search(query, ALL).stream().map(EventHit::eventId).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCorpusHasEnoughEventsToTest() {
        Corpus corpus = Corpus.get();
        assertTrue(corpus.events.size() >= 50, "events: " + corpus.events.size());
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            assertEquals(corpus.events.size(), index.count());
            assertEquals(corpus.ids(e -> true), hitIds(index, "*:*"));
        }
    }

    @Test
    void roleQueriesFindExactlyTheEventsWhoseJsonHasTheCountry() {
        Corpus corpus = Corpus.get();
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            int checked = 0;
            for (String role : List.of("authority", "location", "origin", "destination")) {
                Set<String> values = new TreeSet<>();
                for (JsonNode event : corpus.events) {
                    JsonNode slot = event.path(role);
                    (slot.isArray() ? stream(slot) : Stream.of(slot)).map(SearchCorpusTest::party)
                            .filter(v -> v != null).forEach(values::add);
                }
                for (String value : values) {
                    Set<String> expected = corpus.ids(event -> {
                        JsonNode slot = event.path(role);
                        return (slot.isArray() ? stream(slot) : Stream.of(slot)).map(SearchCorpusTest::party)
                                .anyMatch(value::equals);
                    });
                    assertEquals(expected, hitIds(index, role + ":\"" + value + "\""), role + ":" + value);
                    checked++;
                }
            }
            assertTrue(checked > 10, "values checked: " + checked);
            Set<String> syria = corpus.ids(event -> Stream.of("authority", "location", "origin", "destination")
                    .flatMap(role -> event.path(role).isArray() ? stream(event.path(role)) : Stream.of(event.path(role)))
                    .anyMatch(p -> "SYR".equals(p.path("country").asText(null)))
                    || "SYR".equals(event.path("vessel").path("flag").asText(null)));
            assertFalse(syria.isEmpty());
            assertEquals(syria, hitIds(index, "country:SYR"));
        }
    }

    @Test
    void yearRangesAndTheDateAlias() {
        Corpus corpus = Corpus.get();
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            Set<String> expected = corpus.ids(e -> year(e) != null && year(e) >= 2009 && year(e) <= 2013);
            assertFalse(expected.isEmpty());
            assertEquals(expected, hitIds(index, "year:[2009 TO 2013]"));
            assertEquals(expected, hitIds(index, "date:[2009 TO 2013]"));
            assertEquals(corpus.ids(e -> year(e) != null && year(e) > 2009 && year(e) < 2013),
                    hitIds(index, "year:{2009 TO 2013}"));
            assertEquals(corpus.ids(e -> year(e) != null && year(e) >= 2010), hitIds(index, "date:[2010 TO *]"));
            assertEquals(corpus.ids(e -> year(e) != null), hitIds(index, "year:*"));
        }
    }

    @Test
    void weaponMatchesCanonicalNamesAndTheirWords() {
        Corpus corpus = Corpus.get();
        Pattern missile = Pattern.compile("\\bmissiles?\\b", Pattern.CASE_INSENSITIVE);
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            Set<String> expected = corpus.ids(e -> stream(e.path("cargo"))
                    .anyMatch(c -> missile.matcher(c.path("canonical").asText("")).find()));
            assertFalse(expected.isEmpty());
            assertEquals(expected, hitIds(index, "weapon:missile"));
            Set<String> combined = corpus.ids(e -> expected.contains(e.path("id").asText())
                    && year(e) != null && year(e) >= 2009 && year(e) <= 2013);
            assertEquals(combined, hitIds(index, "weapon:missile AND year:[2009 TO 2013]"));
            JsonNode named = corpus.events.stream().flatMap(e -> stream(e.path("cargo")))
                    .filter(c -> c.path("canonical").isTextual()).findFirst().orElseThrow();
            String canonical = named.path("canonical").asText();
            Set<String> exact = corpus.ids(e -> stream(e.path("cargo")).anyMatch(c -> canonical.equals(c.path("canonical").asText())));
            assertTrue(hitIds(index, "weapon:\"" + canonical + "\"").containsAll(exact), canonical);
        }
    }

    @Test
    void facetCountsEqualTheCountsOfTheJsonOutput() {
        Corpus corpus = Corpus.get();
        Map<String, Map<String, Integer>> expected = facetsFromJson(corpus.events);
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            EventFacets facets = index.facets("", 10_000);
            assertEquals(corpus.events.size(), facets.matched());
            for (String dimension : EventFacets.DIMENSIONS) {
                Map<String, Integer> actual = new HashMap<>();
                facets.counts(dimension).forEach(c -> actual.put(c.value(), c.count()));
                assertEquals(expected.get(dimension), actual, dimension);
            }
            List<JsonNode> syria = corpus.events.stream().filter(e -> stream(e.path("destination"))
                    .anyMatch(p -> "SYR".equals(party(p)))).toList();
            EventFacets toSyria = index.facets("destination:SYR", 10_000);
            assertEquals(syria.size(), toSyria.matched());
            Map<String, Integer> actual = new HashMap<>();
            toSyria.counts("origin").forEach(c -> actual.put(c.value(), c.count()));
            assertEquals(facetsFromJson(syria).get("origin"), actual);
            List<EventFacets.FacetCount> top = index.facets("", 3).counts("origin");
            assertTrue(top.size() <= 3);
            for (int i = 1; i < top.size(); i++) {
                assertTrue(top.get(i - 1).count() >= top.get(i).count(), top.toString());
            }
        }
    }

    @Test
    void snippetsHighlightTheQueryTerms() {
        Corpus corpus = Corpus.get();
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            for (String word : List.of("seized", "missiles", "Syria", "vessel", "ammunition")) {
                List<EventHit> hits = index.search(word, 50);
                assertFalse(hits.isEmpty(), word);
                String stem = word.toLowerCase(Locale.ROOT).substring(0, 4);
                for (EventHit hit : hits) {
                    Matcher highlighted = HIGHLIGHT.matcher(hit.snippet());
                    assertTrue(highlighted.find(), word + ": " + hit.snippet());
                    do {
                        assertTrue(highlighted.group(1).toLowerCase(Locale.ROOT).startsWith(stem),
                                word + ": " + hit.snippet());
                    } while (highlighted.find());
                }
            }
            for (EventHit hit : index.search("\"Chong Chon Gang\"", 10)) {
                assertTrue(hit.snippet().contains("<b>Chong</b> <b>Chon</b> <b>Gang</b>"), hit.snippet());
            }
            for (EventHit hit : index.search("destination:SYR", 10)) {
                assertFalse(hit.snippet().isBlank(), hit.eventId());
            }
        }
    }

    @Test
    void titlesAreSearchable() {
        Corpus corpus = Corpus.get();
        Document titled = corpus.documents.get(0);
        ExtractionResult result = corpus.results.get(0);
        assertFalse(result.events().isEmpty());
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            Set<String> hits = hitIds(index, "title:\"" + titled.title().replace("\"", "") + "\"");
            result.events().forEach(event -> assertTrue(hits.contains(event.id()), event.id() + " in " + hits));
        }
    }

    @Test
    void sortingByDatePutsNewerEventsFirst() {
        Corpus corpus = Corpus.get();
        try (EventIndex index = EventIndex.openReadOnly(corpus.index)) {
            List<EventHit> hits = index.search("*:*", ALL, QueryMode.STRICT, SortOrder.DATE);
            assertEquals(corpus.events.size(), hits.size());
            List<String> values = new ArrayList<>();
            for (EventHit hit : hits) {
                values.add(read(hit.eventJson()).path("date").path("value").asText(""));
            }
            int firstUndated = -1;
            for (int i = 0; i < values.size() && firstUndated < 0; i++) {
                firstUndated = values.get(i).matches("\\d{4}.*") ? -1 : i;
            }
            for (int i = 1; i < values.size(); i++) {
                if (!values.get(i).matches("\\d{4}.*")) {
                    continue;
                }
                assertTrue(firstUndated < 0 || i < firstUndated, "dated after undated: " + values);
                String previous = values.get(i - 1).substring(0, 4);
                assertTrue(previous.compareTo(values.get(i).substring(0, 4)) >= 0, values.toString());
            }
        }
    }

    @Test
    void reindexingTheCorpusLeavesTheCountUnchanged(@TempDir Path dir) throws IOException {
        Corpus corpus = Corpus.get();
        Path copy = corpus.copyIndex(dir.resolve("index"));
        try (EventIndex index = EventIndex.open(copy)) {
            EventFacets before = index.facets("", 10_000);
            for (int i = 0; i < corpus.documents.size(); i++) {
                index.add(corpus.results.get(i), corpus.documents.get(i).text(), corpus.documents.get(i).title());
            }
            index.commit();
            assertEquals(corpus.events.size(), index.count());
            assertEquals(before, index.facets("", 10_000));
        }
    }

    @Test
    void aWriterClosedWithoutCommitLeavesThePreviousCommit(@TempDir Path dir) throws IOException {
        Corpus corpus = Corpus.get();
        Path copy = corpus.copyIndex(dir.resolve("index"));
        try (EventIndex index = EventIndex.open(copy)) {
            for (int i = 0; i < corpus.documents.size(); i++) {
                ExtractionResult result = corpus.results.get(i);
                index.add(new ExtractionResult("again-" + result.docId(), result.published(), result.entities(),
                        result.events()), corpus.documents.get(i).text());
            }
            index.deleteDocument(corpus.results.get(0).docId());
            assertEquals(2 * corpus.events.size() - corpus.results.get(0).events().size(),
                    index.search("*:*", ALL).size(), "the writer sees its own changes");
            // closed without commit: what a crash leaves
        }
        try (EventIndex reopened = EventIndex.openReadOnly(copy)) {
            assertEquals(corpus.events.size(), reopened.count());
            assertEquals(corpus.ids(e -> true), hitIds(reopened, "*:*"));
            assertEquals(0, reopened.search("doc:again-*", 10).size());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JsonCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
