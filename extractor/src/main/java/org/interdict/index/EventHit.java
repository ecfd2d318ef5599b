package org.interdict.index;

/** One search result: the event's id, its document, the score and the stored event JSON. */
public record EventHit(String eventId, String docId, float score, String eventJson) {
}
