package org.interdict;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.interdict.model.Entity;
import org.interdict.model.Event;

/**
 * What the extractor found in one document: its entities and events. Immutable.
 *
 * @param skipped null when the document was analysed; otherwise why the pre-filter skipped it, in which case
 *                {@code entities} and {@code events} are empty because nothing was looked for, not because
 *                nothing was found
 */
@JsonPropertyOrder({"docId", "published", "entities", "events", "skipped"})
public record ExtractionResult(String docId, LocalDate published, List<Entity> entities, List<Event> events,
        SkipReason skipped) {

    public ExtractionResult {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        if (skipped != null && (!entities.isEmpty() || !events.isEmpty())) {
            throw new IllegalArgumentException("a skipped document (" + skipped + ") has no entities or events, "
                    + "found " + entities.size() + " entities and " + events.size() + " events in " + docId);
        }
    }

    /** The result of an analysed document. */
    public ExtractionResult(String docId, LocalDate published, List<Entity> entities, List<Event> events) {
        this(docId, published, entities, events, null);
    }

    /** The result of a document the pre-filter skipped. */
    public static ExtractionResult skipped(String docId, LocalDate published, SkipReason reason) {
        if (reason == null) {
            throw new IllegalArgumentException("a skipped result needs a reason: " + docId);
        }
        return new ExtractionResult(docId, published, List.of(), List.of(), reason);
    }

    /** Whether the document was analysed (not skipped by the pre-filter). */
    @JsonIgnore
    public boolean analysed() {
        return skipped == null;
    }
}
