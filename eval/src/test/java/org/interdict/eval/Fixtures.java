package org.interdict.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Builders for small gold files and predictions, and one assertion helper for figures. */
final class Fixtures {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Fixtures() {
    }

    /** A gold file object with no entities and no events. */
    static ObjectNode gold(String docId, String split) {
        ObjectNode root = NODES.objectNode();
        root.put("docId", docId);
        root.put("published", "2013-07-16");
        root.put("split", split);
        root.putArray("entities");
        root.putArray("events");
        return root;
    }

    /** A prediction object with no entities and no events. */
    static ObjectNode prediction(String docId) {
        ObjectNode root = NODES.objectNode();
        root.put("docId", docId);
        root.putNull("published");
        root.putArray("entities");
        root.putArray("events");
        return root;
    }

    /** Adds an entity whose text is {@code text} starting at {@code start}; returns {@code doc}. */
    static ObjectNode entity(ObjectNode doc, String type, String text, int start) {
        ObjectNode entity = ((ArrayNode) doc.get("entities")).addObject();
        entity.put("type", type);
        entity.put("text", text);
        entity.put("start", start);
        entity.put("end", start + text.length());
        entity.putNull("id");
        return doc;
    }

    /** Adds an event with every slot empty and one evidence span; returns the event for further slots. */
    static ObjectNode event(ObjectNode doc, String id, String type, String modality, int start, int end) {
        ObjectNode event = ((ArrayNode) doc.get("events")).addObject();
        event.put("id", id);
        event.put("type", type);
        event.put("modality", modality);
        for (String single : List.of("date", "authority", "location", "vessel", "aircraft", "attribution")) {
            event.putNull(single);
        }
        for (String list : List.of("cargo", "declaredCargo", "origin", "destination", "instruments")) {
            event.putArray(list);
        }
        ObjectNode span = event.putArray("evidence").addObject();
        span.put("start", start);
        span.put("end", end);
        event.put("confidence", 1.0);
        return event;
    }

    static ObjectNode party(String text, String country) {
        ObjectNode party = NODES.objectNode();
        party.put("text", text);
        if (country == null) {
            party.putNull("country");
        } else {
            party.put("country", country);
        }
        return party;
    }

    static ObjectNode group(String text, String group) {
        ObjectNode party = NODES.objectNode();
        party.put("text", text);
        party.putNull("country");
        party.put("group", group);
        return party;
    }

    static ObjectNode date(String text, String value) {
        ObjectNode date = NODES.objectNode();
        date.put("text", text);
        if (value == null) {
            date.putNull("value");
        } else {
            date.put("value", value);
        }
        return date;
    }

    static ObjectNode vessel(String text, String name) {
        ObjectNode vessel = NODES.objectNode();
        vessel.put("text", text);
        if (name == null) {
            vessel.putNull("name");
        } else {
            vessel.put("name", name);
        }
        vessel.putNull("flag");
        vessel.putNull("imo");
        return vessel;
    }

    static ObjectNode cargo(String text, String canonical, Integer quantity) {
        ObjectNode item = NODES.objectNode();
        item.put("text", text);
        if (canonical == null) {
            item.putNull("canonical");
        } else {
            item.put("canonical", canonical);
        }
        item.putNull("category");
        if (quantity == null) {
            item.putNull("quantity");
        } else {
            item.put("quantity", quantity);
        }
        item.putNull("unit");
        return item;
    }

    static ObjectNode text(String text) {
        ObjectNode node = NODES.objectNode();
        node.put("text", text);
        return node;
    }

    static ObjectNode instrument(String text, String id) {
        ObjectNode node = text(text);
        node.put("id", id);
        return node;
    }

    /** A gold set of the given gold file objects. */
    static GoldSet goldSet(ObjectNode... files) {
        return GoldSet.of(Arrays.stream(files).map(f -> {
            try {
                return GoldDocument.fromJson(f, f.get("docId").asText() + ".json");
            } catch (GoldFormatException e) {
                throw new AssertionError(e);
            }
        }).toList());
    }

    /** Predictions keyed by docId. */
    static Map<String, JsonNode> predictions(ObjectNode... predictions) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (ObjectNode prediction : predictions) {
            byId.put(prediction.get("docId").asText(), prediction);
        }
        return byId;
    }

    /** Scores one gold file against one prediction over all splits. */
    static EvalReport score(ObjectNode gold, ObjectNode prediction) {
        return new Scorer().score(goldSet(gold), predictions(prediction), Split.ALL);
    }

    /**
     * Asserts the counts and the three figures of {@code actual}; pass null for a figure that must be
     * undefined (n/a).
     */
    static void assertPrf(String what, int tp, int fp, int fn, Double precision, Double recall, Double f1, Prf actual) {
        assertEquals(new Prf(tp, fp, fn), actual, what + " counts");
        assertFigure(what + " precision", precision, actual.precision());
        assertFigure(what + " recall", recall, actual.recall());
        assertFigure(what + " F1", f1, actual.f1());
    }

    private static void assertFigure(String what, Double expected, OptionalDouble actual) {
        if (expected == null) {
            assertTrue(actual.isEmpty(), what + " should be n/a but is " + actual);
        } else {
            assertTrue(actual.isPresent(), what + " should be " + expected + " but is n/a");
            assertEquals(expected, actual.getAsDouble(), 1e-9, what);
        }
    }
}
