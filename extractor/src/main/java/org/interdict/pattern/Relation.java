package org.interdict.pattern;

/**
 * What a rule match tells event assembly. Each relation names the groups it reads; a rule file that
 * uses a relation must capture at least its required group.
 */
public enum Relation {
    /** A seizure verb or noun; group {@code $trigger}. */
    SEIZURE_TRIGGER("$trigger"),
    /** An export, sale, supply or delivery; groups {@code $trigger}, optional {@code $recipient}. */
    TRANSFER_TRIGGER("$trigger"),
    /** The authority that acted; group {@code $agent}. */
    AUTHORITY("$agent"),
    /** Where it happened; group {@code $place}. */
    LOCATION("$place"),
    /** Where the goods came from or who made them; group {@code $place}. */
    ORIGIN("$place"),
    /** Where the goods were going or who was to receive them; group {@code $place}. */
    DESTINATION("$place"),
    /** A count or amount of goods; groups {@code $qty}, optional {@code $unit}, {@code $goods}. */
    QUANTITY("$qty"),
    /** The cover story; group {@code $cover}. */
    DECLARED_CARGO("$cover"),
    /** A resolution or treaty invoked; group {@code $ref}. */
    INSTRUMENT("$ref"),
    /** The source the report relies on; group {@code $source}. */
    ATTRIBUTION("$source"),
    /** The aircraft that carried the goods; group {@code $aircraft}, optional {@code $registration}. */
    AIRCRAFT("$aircraft"),
    /** Goods that are not cargo (what the cargo is used for); group {@code $exclude}. */
    NOT_CARGO("$exclude"),
    /** The event did not happen; group {@code $cue}. */
    NEGATION("$cue"),
    /** The event might happen; group {@code $cue}. */
    HYPOTHETICAL("$cue");

    private final String requiredGroup;

    Relation(String requiredGroup) {
        this.requiredGroup = requiredGroup;
    }

    /** Whether a match of this relation opens an event (the others only fill slots). */
    public boolean isTrigger() {
        return this == SEIZURE_TRIGGER || this == TRANSFER_TRIGGER;
    }

    public String requiredGroup() {
        return requiredGroup;
    }
}
