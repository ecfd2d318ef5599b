package org.interdict.index;

/**
 * One search result: the event's id, its document, the score, the stored event JSON and a snippet of
 * the event's text (evidence sentences, title) with the query's words in {@code <b>…</b>}. The snippet
 * is the text as written, not HTML-escaped; without matching words it is the first evidence sentence.
 */
public record EventHit(String eventId, String docId, float score, String eventJson, String snippet) {
}
