package org.interdict.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A seizure or transfer event with its slots, in the shape of {@code SCHEMA.md}. Absent single slots
 * are null and absent lists are empty; every event has at least one evidence span. Immutable.
 */
@JsonPropertyOrder({"id", "type", "modality", "date", "authority", "location", "vessel", "aircraft", "cargo",
        "declaredCargo", "origin", "destination", "instruments", "attribution", "evidence", "confidence"})
public record Event(String id, EventType type, Modality modality, DateValue date, Party authority,
        Party location, VesselRef vessel, AircraftRef aircraft, List<CargoItem> cargo,
        List<TextRef> declaredCargo, List<Party> origin, List<Party> destination,
        List<InstrumentRef> instruments, TextRef attribution, List<Span> evidence, double confidence) {

    public Event {
        if (id == null || type == null || modality == null) {
            throw new IllegalArgumentException("event needs an id, a type and a modality: " + id);
        }
        cargo = List.copyOf(cargo);
        declaredCargo = List.copyOf(declaredCargo);
        origin = List.copyOf(origin);
        destination = List.copyOf(destination);
        instruments = List.copyOf(instruments);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence span");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("event " + id + ": confidence " + confidence + " outside [0, 1]");
        }
    }
}
