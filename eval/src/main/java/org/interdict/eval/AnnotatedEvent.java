package org.interdict.eval;

import java.util.List;
import java.util.Objects;

/**
 * One event of a gold file or of a prediction, read into typed values for scoring. Immutable.
 *
 * <p>Single slots are null when the annotation gives no value; list slots are empty lists, never
 * null, exactly as in SCHEMA.md.
 *
 * @param id            the event id from the file, or {@code <docId>#events[<index>]} when it has none
 * @param type          SEIZURE or TRANSFER
 * @param modality      ASSERTED, NEGATED or HYPOTHETICAL
 * @param evidence      the evidence spans, at least one
 * @param date          the date, or null
 * @param authority     the authority, or null
 * @param location      the location, or null
 * @param vessel        the vessel, or null
 * @param aircraft      the aircraft, or null
 * @param cargo         the cargo items
 * @param declaredCargo the texts of the declared (cover) cargo
 * @param origin        origin parties (supplier for a transfer)
 * @param destination   destination parties (recipient for a transfer)
 * @param instruments   instruments invoked or breached
 * @param attribution   the attribution text, or null
 */
public record AnnotatedEvent(String id, EventType type, Modality modality, List<Span> evidence,
        DateValue date, Party authority, Party location, Vessel vessel, Aircraft aircraft,
        List<CargoItem> cargo, List<String> declaredCargo, List<Party> origin, List<Party> destination,
        List<Instrument> instruments, String attribution) {

    public AnnotatedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence span");
        }
        cargo = List.copyOf(cargo);
        declaredCargo = List.copyOf(declaredCargo);
        origin = List.copyOf(origin);
        destination = List.copyOf(destination);
        instruments = List.copyOf(instruments);
    }

    /**
     * A date slot.
     *
     * @param text  the date expression as written
     * @param value ISO 8601 at the text's precision ({@code 2012}, {@code 2012-05}, {@code 2012-05-20},
     *              a range {@code 1999/2000}), or null when it could not be resolved
     */
    public record DateValue(String text, String value) {
        public DateValue {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A party (authority, location, origin, destination): a country code or a group name.
     *
     * @param text    the text as written
     * @param country ISO 3166-1 alpha-3 code, or null
     * @param group   the name of a non-state party, or null
     */
    public record Party(String text, String country, String group) {
        public Party {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A vessel slot.
     *
     * @param text the text as written
     * @param name the ship's name, or null for an unnamed vessel
     * @param flag the flag state, or null
     * @param imo  the IMO number, or null
     */
    public record Vessel(String text, String name, String flag, String imo) {
        public Vessel {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An aircraft slot.
     *
     * @param text         the text as written
     * @param type         the aircraft type ("Il-76"), or null
     * @param registration the registration ("4L-AWA"), or null
     */
    public record Aircraft(String text, String type, String registration) {
        public Aircraft {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One cargo item.
     *
     * @param text      the text as written
     * @param canonical the canonical name, or null
     * @param category  the weapon category, or null
     * @param quantity  the quantity, or null when the text gives none
     * @param unit      the unit, or null for a count
     */
    public record CargoItem(String text, String canonical, String category, Double quantity, String unit) {
        public CargoItem {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An instrument invoked or breached.
     *
     * @param text the text as written
     * @param id   the instrument id ({@code UNSCR-1718}, {@code MTCR}), or null when unknown
     */
    public record Instrument(String text, String id) {
        public Instrument {
            Objects.requireNonNull(text, "text");
        }
    }
}
