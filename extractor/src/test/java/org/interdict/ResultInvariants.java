package org.interdict;

import java.util.ArrayList;
import java.util.List;
import org.interdict.json.JsonCodec;
import org.interdict.model.CargoItem;
import org.interdict.model.Entity;
import org.interdict.model.Event;
import org.interdict.model.Party;
import org.interdict.model.Span;
import org.interdict.model.TextRef;

/**
 * The properties every extraction result must have, whatever the input: the one assertion helper of the
 * fuzz, robustness and thread tests. Fails with an {@link AssertionError} naming the document, the value
 * and the text around it.
 */
public final class ResultInvariants {

    private ResultInvariants() {
    }

    /** Checks a result against the document it came from. */
    public static void check(Document document, ExtractionResult result) {
        String text = document.text();
        require(document.id().equals(result.docId()), document, "result for another document: " + result.docId());
        int previousStart = -1;
        int previousEnd = -1;
        for (Entity entity : result.entities()) {
            require(entity.start() >= 0 && entity.end() <= text.length() && entity.start() < entity.end(), document,
                    "entity outside the text: " + entity);
            require(text.substring(entity.start(), entity.end()).equals(entity.text()), document,
                    "entity text is not the text at its offsets: " + entity);
            require(entity.start() > previousStart || (entity.start() == previousStart && entity.end() >= previousEnd),
                    document, "entities out of order at " + entity);
            previousStart = entity.start();
            previousEnd = entity.end();
        }
        for (Event event : result.events()) {
            require(event.id().startsWith(document.id()), document, "event id " + event.id() + " not of this document");
            for (Span span : event.evidence()) {
                require(span.start() >= 0 && span.end() <= text.length() && span.start() < span.end(), document,
                        "evidence " + span + " outside the text of length " + text.length() + " in " + event.id());
            }
            for (String phrase : phrases(event)) {
                require(text.contains(phrase), document, "slot phrase '" + phrase + "' of " + event.id()
                        + " is not in the document");
            }
        }
        String json = JsonCodec.toJsonLine(result);
        require(json.indexOf('\n') < 0 && json.indexOf('\r') < 0, document, "JSON line holds a line break");
    }

    /** The slot values that quote the document, each of which must occur in its text. */
    static List<String> phrases(Event event) {
        List<String> phrases = new ArrayList<>();
        if (event.date() != null) {
            phrases.add(event.date().text());
        }
        party(event.authority(), phrases);
        party(event.location(), phrases);
        if (event.vessel() != null) {
            phrases.add(event.vessel().text());
        }
        if (event.aircraft() != null) {
            phrases.add(event.aircraft().text());
        }
        for (CargoItem item : event.cargo()) {
            phrases.add(item.text());
        }
        for (TextRef declared : event.declaredCargo()) {
            phrases.add(declared.text());
        }
        event.origin().forEach(party -> party(party, phrases));
        event.destination().forEach(party -> party(party, phrases));
        event.instruments().forEach(instrument -> phrases.add(instrument.text()));
        if (event.attribution() != null) {
            phrases.add(event.attribution().text());
        }
        phrases.removeIf(phrase -> phrase == null);
        return phrases;
    }

    private static void party(Party party, List<String> phrases) {
        if (party != null) {
            phrases.add(party.text());
        }
    }

    private static void require(boolean condition, Document document, String message) {
        if (!condition) {
            String text = document.text();
            String head = text.length() > 300 ? text.substring(0, 300) + "…" : text;
            throw new AssertionError("document " + document.id() + ": " + message + "\n  text: " + head);
        }
    }
}
