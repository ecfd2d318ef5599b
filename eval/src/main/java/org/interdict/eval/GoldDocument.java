package org.interdict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The gold annotation of one report. Immutable.
 *
 * @param docId     the report id (the gold file is {@code <docId>.json})
 * @param published the publication date, or null when the file gives none
 * @param split     {@link Split#DEV} or {@link Split#TEST}, never {@link Split#ALL}
 * @param entities  every annotated mention, in file order
 * @param events    every annotated event, in file order
 */
public record GoldDocument(String docId, LocalDate published, Split split, List<Mention> entities,
        List<AnnotatedEvent> events) {

    public GoldDocument {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(split, "split");
        if (docId.isBlank()) {
            throw new IllegalArgumentException("docId is blank");
        }
        if (split == Split.ALL) {
            throw new IllegalArgumentException("gold document " + docId + ": split must be DEV or TEST, not ALL");
        }
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /**
     * Reads one gold file's JSON ({@code {"docId", "published", "split", "entities", "events"}}, see
     * ANNOTATION.md). {@code docId}, {@code split}, {@code entities} and {@code events} are required;
     * {@code published} may be null or missing. Entities and events follow the rules of the prediction
     * format (every event field present, null or [] when empty).
     *
     * @param node   the parsed file
     * @param source the file name to put in error messages
     * @throws GoldFormatException naming {@code source} and the offending field
     */
    public static GoldDocument fromJson(JsonNode node, String source) throws GoldFormatException {
        try {
            AnnotationReader.object(node, "(root)");
            String docId = AnnotationReader.requiredText(node, "docId", "");
            if (docId.isBlank()) {
                throw new AnnotationReader.FormatProblem("docId", "is blank");
            }
            String publishedText = AnnotationReader.optionalText(node, "published", "");
            LocalDate published;
            try {
                published = publishedText == null ? null : LocalDate.parse(publishedText);
            } catch (DateTimeParseException e) {
                throw new AnnotationReader.FormatProblem("published", "\"" + publishedText
                        + "\" is not an ISO date (yyyy-mm-dd)");
            }
            String splitText = AnnotationReader.requiredText(node, "split", "");
            Split split;
            try {
                split = Split.ofGoldValue(splitText);
            } catch (IllegalArgumentException e) {
                throw new AnnotationReader.FormatProblem("split", e.getMessage());
            }
            List<Mention> entities = AnnotationReader.mentions(
                    AnnotationReader.requiredArray(node, "entities", ""), "entities");
            List<AnnotatedEvent> events = AnnotationReader.events(
                    AnnotationReader.requiredArray(node, "events", ""), docId, "events");
            return new GoldDocument(docId, published, split, entities, events);
        } catch (AnnotationReader.FormatProblem e) {
            throw new GoldFormatException(source, e.getMessage());
        }
    }
}
