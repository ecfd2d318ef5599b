package org.interdict.eval;

import java.util.Objects;

/**
 * A NEGATED or HYPOTHETICAL gold event that was predicted as ASSERTED. Immutable.
 *
 * @param docId            the document
 * @param goldEventId      the gold event
 * @param goldModality     its modality (NEGATED or HYPOTHETICAL)
 * @param predictedEventId the ASSERTED prediction that matched it
 * @param type             the event type
 * @param text             a one-line description of the gold event
 */
public record ModalityError(String docId, String goldEventId, Modality goldModality, String predictedEventId,
        EventType type, String text) {

    public ModalityError {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(goldEventId, "goldEventId");
        Objects.requireNonNull(goldModality, "goldModality");
        Objects.requireNonNull(predictedEventId, "predictedEventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (goldModality == Modality.ASSERTED) {
            throw new IllegalArgumentException("a modality error needs a NEGATED or HYPOTHETICAL gold event");
        }
    }
}
