package org.interdict.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Readable one-line renderings of events for the terminal. */
final class EventTable {

    private EventTable() {
    }

    static String line(JsonNode event) {
        List<String> parts = new ArrayList<>();
        parts.add(event.path("id").asText());
        parts.add(event.path("type").asText() + (event.path("modality").asText().equals("ASSERTED") ? ""
                : "/" + event.path("modality").asText()));
        parts.add("date=" + value(event.path("date"), "value"));
        parts.add("by=" + party(event.path("authority")));
        parts.add("at=" + party(event.path("location")));
        if (!event.path("vessel").isNull() && !event.path("vessel").isMissingNode()) {
            // an unnamed ship ("a stateless dhow") shows its description
            JsonNode vessel = event.path("vessel");
            parts.add("vessel=" + (vessel.path("name").isTextual() ? vessel.path("name").asText()
                    : "\"" + vessel.path("text").asText() + "\"") + flag(vessel));
        }
        List<String> cargo = new ArrayList<>();
        for (JsonNode item : event.path("cargo")) {
            cargo.add(item.path("text").asText());
        }
        parts.add("cargo=[" + String.join("; ", cargo) + "]");
        parts.add("from=" + parties(event.path("origin")));
        parts.add("to=" + parties(event.path("destination")));
        List<String> instruments = new ArrayList<>();
        for (JsonNode instrument : event.path("instruments")) {
            instruments.add(instrument.path("id").asText());
        }
        if (!instruments.isEmpty()) {
            parts.add("breach=" + String.join(",", instruments));
        }
        return String.join("  ", parts);
    }

    private static String flag(JsonNode vessel) {
        return vessel.path("flag").isTextual() ? " (" + vessel.path("flag").asText() + ")" : "";
    }

    private static String value(JsonNode node, String field) {
        return node.isNull() || node.isMissingNode() || !node.path(field).isTextual() ? "-" : node.path(field).asText();
    }

    private static String party(JsonNode party) {
        if (party.isNull() || party.isMissingNode()) {
            return "-";
        }
        if (party.path("country").isTextual()) {
            return party.path("country").asText();
        }
        if (party.path("group").isTextual()) {
            return party.path("group").asText();
        }
        return party.path("text").asText();
    }

    private static String parties(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode party : list) {
            out.add(party(party));
        }
        return out.isEmpty() ? "-" : String.join(",", out);
    }
}
