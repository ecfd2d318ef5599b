package org.interdict.gazetteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

    private static List<GazetteerEntry> load(String text) {
        return GazetteerLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.jsonl");
    }

    @Test
    void readsEveryField() {
        List<GazetteerEntry> entries = load("""
                {"id":"vessel:light","type":"VESSEL","canonical":"Light","aliases":["MV Light"],"attributes":{"flag":"BLZ","imo":"8606173"},"source":"US Navy hail, 2011","flags":["NEEDS_CUE"]}

                {"id":"PRK","type":"COUNTRY","canonical":"North Korea","source":"ISO 3166-1"}
                """);
        assertEquals(2, entries.size());
        GazetteerEntry light = entries.get(0);
        assertEquals(List.of("Light", "MV Light"), light.names());
        assertEquals(Map.of("flag", "BLZ", "imo", "8606173"), light.attributes());
        assertEquals(Set.of(MatchFlag.NEEDS_CUE), light.flags());
        assertEquals(List.of(), entries.get(1).aliases());
    }

    @Test
    void errorsNameFileLineAndReason() {
        assertMessage("{\"id\":\"a\",\"type\":\"VESSEL\",\"canonical\":\"A\",\"source\":\"s\"}\n{not json}",
                "test.jsonl:2: not valid JSON");
        assertMessage("{\"id\":\"a\",\"type\":\"SHIP\",\"canonical\":\"A\",\"source\":\"s\"}", "test.jsonl:1: No enum constant");
        assertMessage("{\"id\":\"a\",\"type\":\"VESSEL\",\"canonical\":\"A\"}", "test.jsonl:1: field 'source' is missing");
        assertMessage("{\"id\":\"a\",\"type\":\"VESSEL\",\"canonical\":\"A\",\"source\":\"s\",\"colour\":\"red\"}",
                "test.jsonl:1: unknown field 'colour'");
        assertMessage("{\"id\":\"w\",\"type\":\"WEAPON\",\"canonical\":\"W\",\"source\":\"s\",\"attributes\":{\"category\":\"GUNS\"}}",
                "test.jsonl:1: entry w: unknown weapon category 'GUNS'");
        assertMessage("{\"id\":\"a\",\"type\":\"VESSEL\",\"canonical\":\"A\",\"source\":\"s\",\"aliases\":\"B\"}",
                "test.jsonl:1: field 'aliases' must be an array");
    }

    private static void assertMessage(String text, String prefix) {
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> load(text));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    @Test
    void duplicateIdsFailAndSharedNamesAreReported() {
        List<GazetteerEntry> entries = load("""
                {"id":"a","type":"VESSEL","canonical":"Hope","source":"s"}
                {"id":"b","type":"VESSEL","canonical":"Other","aliases":["hope"],"source":"s"}
                {"id":"c","type":"LOCATION","canonical":"Hope","source":"s"}
                """);
        Gazetteer gazetteer = Gazetteer.builder().addAll(entries).build();
        assertEquals(List.of("VESSEL name 'hope' is claimed by a and b"), gazetteer.conflicts());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.builder().addAll(entries).add(entries.get(0)).build());
        assertTrue(e.getMessage().contains("duplicate gazetteer ids: [a]"));
    }
}
