package org.interdict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input document: an id, its text and, where known, the date it was published (which anchors
 * relative dates such as "last week"). Immutable.
 *
 * @param id        the document id, never blank; it prefixes the ids of the events found in it
 * @param text      the full text; all offsets in the output are UTF-16 offsets into it
 * @param published the publication date, or null when unknown
 * @param title     the title, or null
 */
public record Document(String id, String text, LocalDate published, String title) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
    }

    /** A document with no publication date and no title. */
    public static Document of(String id, String text) {
        return new Document(id, text, null, null);
    }

    /** This document with another publication date. */
    public Document withPublished(LocalDate date) {
        return new Document(id, text, date, title);
    }
}
