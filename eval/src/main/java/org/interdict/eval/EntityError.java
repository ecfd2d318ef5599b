package org.interdict.eval;

import java.util.Objects;

/**
 * An entity false positive or false negative under exact matching. Immutable.
 *
 * @param docId    the document
 * @param kind     FP (predicted, not in gold) or FN (in gold, not predicted)
 * @param type     the entity type
 * @param text     the mention text
 * @param span     the mention's span
 * @param boundary true if the mention was matched under partial (overlap) matching, i.e. the error is
 *                 only a boundary error
 */
public record EntityError(String docId, ErrorKind kind, EntityType type, String text, Span span,
        boolean boundary) {

    public EntityError {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
