package org.interdict.eval;

import java.util.Objects;

/**
 * A slot value predicted without a gold counterpart (FP) or a gold slot value not predicted (FN).
 * Immutable.
 *
 * @param docId   the document
 * @param kind    FP or FN
 * @param eventId the event the value belongs to (a predicted event for an FP, a gold event for an FN)
 * @param slot    the slot
 * @param text    the value's text and, in brackets, the normalised value compared
 */
public record SlotError(String docId, ErrorKind kind, String eventId, Slot slot, String text) {

    public SlotError {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(text, "text");
    }
}
