package org.interdict.eval;

import static org.interdict.eval.Fixtures.entity;
import static org.interdict.eval.Fixtures.event;
import static org.interdict.eval.Fixtures.gold;
import static org.interdict.eval.Fixtures.prediction;
import static org.interdict.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private static EvalReport sample() {
        ObjectNode gold = gold("d1", "dev");
        entity(gold, "VESSEL", "Klos C", 4);
        event(gold, "g1", "SEIZURE", "ASSERTED", 0, 30);
        event(gold, "g2", "TRANSFER", "NEGATED", 40, 70);
        ObjectNode prediction = prediction("d1");
        entity(prediction, "VESSEL", "Klos", 4);
        event(prediction, "p1", "TRANSFER", "ASSERTED", 40, 70);
        return score(gold, prediction);
    }

    @Test
    void jsonHasNullForUndefinedFiguresAndListsErrors() {
        JsonNode json = sample().toJson();
        assertEquals("all", json.get("split").asText());
        JsonNode treaty = json.get("entities").get("exact").get("TREATY");
        assertTrue(treaty.get("precision").isNull());
        assertTrue(treaty.get("f1").isNull());
        JsonNode seizure = json.get("events").get("SEIZURE");
        assertEquals(0, seizure.get("tp").asInt());
        assertEquals(1, seizure.get("fn").asInt());
        assertTrue(seizure.get("precision").isNull());
        assertEquals(0.0, seizure.get("recall").asDouble());
        assertEquals(1, json.get("modalityErrors").get("count").asInt());
        assertEquals("g2", json.get("modalityErrors").get("items").get(0).get("goldEventId").asText());
        assertEquals(1.0, json.get("entities").get("partial").get("micro").get("f1").asDouble());
        assertEquals(2, json.get("errors").get("entities").size());
        assertEquals(2, json.get("errors").get("events").size());
        assertTrue(json.get("slots").has("declaredCargo"));
        assertTrue(json.get("averaging").asText().startsWith("micro"));
    }

    @Test
    void markdownAndTable() {
        EvalReport report = sample();
        String md = report.toMarkdown();
        assertTrue(md.startsWith("# Interdict evaluation: split all, 1 documents\n"), md);
        assertTrue(md.contains("| VESSEL | 0 | 1 | 1 | 0.000 | 0.000 | 0.000 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 |"), md);
        assertTrue(md.contains("| TREATY | 0 | 0 | 0 | n/a | n/a | n/a |"), md);
        assertTrue(md.contains("Modality errors (NEGATED or HYPOTHETICAL gold events predicted as ASSERTED): 1"), md);
        assertTrue(md.contains("| d1 | FP (modality) | p1 | TRANSFER |"), md);

        String table = report.toTable();
        assertTrue(table.contains("  SEIZURE              0     0     1    n/a  0.000  0.000"), table);
        assertTrue(table.contains("  modality errors      1"), table);
        for (String header : List.of("entities (exact)", "entities (partial)", "events (ASSERTED)", "slots")) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(header)), header + " in\n" + table);
        }
    }

    @Test
    void markdownCellsEscapePipes() {
        assertEquals("a \\| b c", ReportWriter.cell("a | b\nc"));
    }

    @Test
    void rejectsIncompleteFigures() {
        EvalReport report = sample();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EvalReport(
                Split.ALL, List.of(), List.of(), List.of(), Map.of(), report.entitiesPartial(), report.events(),
                report.slots(), List.of(), List.of(), List.of(), List.of()));
        assertEquals("entitiesExact has no figures for VESSEL", e.getMessage());
    }

    @Test
    void figuresAreImmutable() {
        EvalReport report = sample();
        assertThrows(UnsupportedOperationException.class, () -> report.slots().put(Slot.DATE, Prf.ZERO));
        assertThrows(UnsupportedOperationException.class, () -> report.entityErrors().clear());
    }
}
