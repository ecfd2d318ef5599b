package org.interdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.index.EventFacets;
import org.interdict.json.JsonCodec;
import org.junit.jupiter.api.Test;

/** {@code interdict search} over an index of the bundled corpus, as a user runs it. */
class SearchCommandTest {

    private static CliRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--index", SearchCorpusTest.Corpus.get().index.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void readableOutputIsOneLinePerEventAndItsSnippet() {
        CliRun run = search("--limit", "5", "missiles");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        assertEquals(10, lines.size(), run.out());
        for (int i = 0; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).matches("\\S+#e\\d+ .*"), lines.get(i));
            assertTrue(lines.get(i + 1).startsWith("    "), lines.get(i + 1));
            assertTrue(lines.get(i + 1).contains("<b>missile"), lines.get(i + 1));
        }
        assertEquals("5 event(s)", run.err().strip());
    }

    @Test
    void jsonOutputHasTheEventAndTheSnippet() throws Exception {
        CliRun run = search("--json", "--limit", "1000", "destination:SYR");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.lines().isEmpty());
        for (String line : run.lines()) {
            JsonNode hit = JsonCodec.mapper().readTree(line);
            assertTrue(hit.path("id").isTextual() && hit.path("docId").isTextual() && hit.path("score").isNumber(), line);
            assertTrue(hit.path("snippet").isTextual() && !hit.path("snippet").asText().isBlank(), line);
            assertEquals(hit.path("id").asText(), hit.path("event").path("id").asText());
            boolean toSyria = false;
            for (JsonNode party : hit.path("event").path("destination")) {
                toSyria |= "SYR".equals(party.path("country").asText());
            }
            assertTrue(toSyria, line);
        }
    }

    @Test
    void facetsAsJsonEqualTheCountsOfTheJsonOutput() throws Exception {
        SearchCorpusTest.Corpus corpus = SearchCorpusTest.Corpus.get();
        CliRun run = search("--json", "--facets", "--limit", "0", "--top", "1000", "*:*");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.lines().size(), run.out());
        JsonNode facets = JsonCodec.mapper().readTree(run.lines().get(0));
        assertEquals(corpus.events.size(), facets.path("matched").asInt());
        Map<String, Map<String, Integer>> expected = SearchCorpusTest.facetsFromJson(corpus.events);
        for (String dimension : EventFacets.DIMENSIONS) {
            Map<String, Integer> actual = new HashMap<>();
            facets.path("facets").path(dimension).forEach(v -> actual.put(v.path("value").asText(), v.path("count").asInt()));
            assertEquals(expected.get(dimension), actual, dimension);
        }
    }

    @Test
    void readableFacetsFollowTheHits() {
        CliRun run = search("--facets", "--limit", "2", "origin:PRK");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.lines();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("facets over ")).findFirst().orElseThrow());
        assertEquals(4, header, run.out());
        assertEquals(EventFacets.DIMENSIONS.size(), lines.size() - header - 1, run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  origin +PRK \\d+.*")), run.out());
    }

    @Test
    void badSyntaxIsSearchedAsWordsUnlessStrict() {
        CliRun forgiving = search("missiles AND (");
        assertEquals(0, forgiving.code(), forgiving.err());
        assertFalse(forgiving.out().isBlank());
        assertTrue(forgiving.err().startsWith("interdict: bad query 'missiles AND (': "), forgiving.err());
        assertTrue(forgiving.err().contains("searching the words instead"), forgiving.err());

        CliRun strict = search("--strict", "missiles AND (");
        assertEquals(2, strict.code());
        assertEquals(1, strict.err().strip().lines().count(), strict.err());
        assertTrue(strict.err().startsWith("interdict: bad query 'missiles AND ('"), strict.err());

        CliRun unknownField = search("--strict", "colour:red");
        assertEquals(2, unknownField.code());
        assertTrue(unknownField.err().contains("unknown field 'colour'"), unknownField.err());
    }

    @Test
    void sortByDateAndBadOptions() throws Exception {
        CliRun run = search("--json", "--sort", "date", "--limit", "1000", "*:*");
        assertEquals(0, run.code(), run.err());
        String previous = "9999";
        for (String line : run.lines()) {
            String value = JsonCodec.mapper().readTree(line).path("event").path("date").path("value").asText("");
            if (!value.matches("\\d{4}.*")) {
                previous = "";
                continue;
            }
            assertTrue(!previous.isEmpty() && previous.compareTo(value.substring(0, 4)) >= 0, previous + " then " + value);
            previous = value.substring(0, 4);
        }
        assertEquals(2, search("--sort", "oldest", "missiles").code());
        assertEquals(2, search("--limit", "-1", "missiles").code());
        assertEquals(0, search("--sort", "RELEVANCE", "missiles").code());
    }
}
