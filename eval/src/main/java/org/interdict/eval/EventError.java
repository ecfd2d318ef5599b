package org.interdict.eval;

import java.util.Objects;

/**
 * An ASSERTED event that was predicted without a gold counterpart (FP) or that is in the gold and was
 * not predicted (FN). Immutable.
 *
 * @param docId         the document
 * @param kind          FP or FN
 * @param eventId       the event's id
 * @param type          the event type
 * @param text          a one-line description: the evidence text when the scorer knows the document
 *                      text, then the key slots
 * @param modalityError true for an FP that matches a NEGATED or HYPOTHETICAL gold event
 */
public record EventError(String docId, ErrorKind kind, String eventId, EventType type, String text,
        boolean modalityError) {

    public EventError {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
