package org.interdict.eval;

import java.util.Objects;

/**
 * One entity mention of a gold file or a prediction. Immutable.
 *
 * @param type the entity type
 * @param text the mention text; its length is {@code span.length()}
 * @param span where it lies in the document text
 * @param id   the entity id, or null when the annotation gives none
 */
public record Mention(EntityType type, String text, Span span, String id) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text \"" + text + "\" has " + text.length()
                    + " characters but its span " + span + " has " + span.length());
        }
    }
}
