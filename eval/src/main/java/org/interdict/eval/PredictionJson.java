package org.interdict.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interdict.Document;

/** Builds SCHEMA.md output objects with every field present, for the baselines. Stateless. */
final class PredictionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PredictionJson() {
    }

    /** {@code {"docId", "published", "entities": [], "events": []}}. */
    static ObjectNode document(Document document) {
        ObjectNode root = NODES.objectNode();
        root.put("docId", document.id());
        if (document.published() == null) {
            root.putNull("published");
        } else {
            root.put("published", document.published().toString());
        }
        root.putArray("entities");
        root.putArray("events");
        return root;
    }

    /** Appends an entity with no id, no canonical name and no attributes. */
    static void addEntity(ObjectNode prediction, String type, String text, int start, int end) {
        ObjectNode entity = ((ArrayNode) prediction.get("entities")).addObject();
        entity.put("type", type);
        entity.put("text", text);
        entity.put("start", start);
        entity.put("end", end);
        entity.putNull("id");
        entity.putNull("canonical");
        entity.putObject("attributes");
    }

    /** Appends an event with one evidence span and every slot empty (null or []). */
    static void addEmptyEvent(ObjectNode prediction, String id, EventType type, Modality modality, Span evidence,
            double confidence) {
        ObjectNode event = ((ArrayNode) prediction.get("events")).addObject();
        event.put("id", id);
        event.put("type", type.name());
        event.put("modality", modality.name());
        for (String single : new String[] {"date", "authority", "location", "vessel", "aircraft"}) {
            event.putNull(single);
        }
        for (String list : new String[] {"cargo", "declaredCargo", "origin", "destination", "instruments"}) {
            event.putArray(list);
        }
        event.putNull("attribution");
        ObjectNode span = event.putArray("evidence").addObject();
        span.put("start", evidence.start());
        span.put("end", evidence.end());
        event.put("confidence", confidence);
    }
}
