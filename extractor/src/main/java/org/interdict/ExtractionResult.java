package org.interdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.interdict.model.Entity;
import org.interdict.model.Event;

/** What the extractor found in one document: its entities and events. Immutable. */
@JsonPropertyOrder({"docId", "published", "entities", "events"})
public record ExtractionResult(String docId, LocalDate published, List<Entity> entities, List<Event> events) {

    public ExtractionResult {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
